package org.jalchemy.orm.model;

import java.time.LocalDateTime;
import java.util.function.Supplier;
import org.jalchemy.orm.mapping.DefaultFor;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;

/** A child of {@link User} by foreign key, with a client-side default. */
@Entity("addresses")
public class Address {
    @DefaultFor("created")
    static final Supplier<LocalDateTime> NOW = () -> LocalDateTime.of(2020, 1, 2, 3, 4, 5);

    @Id
    private Integer id;
    @MappedColumn(length = 100, unique = true)
    private String email;
    @MappedColumn(foreignKey = "users.id", nullable = false)
    private Integer userId;
    private LocalDateTime created;

    public Address() {
    }

    public Address(String email, Integer userId) {
        this.email = email;
        this.userId = userId;
    }

    public Integer getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getUserId() {
        return userId;
    }

    public LocalDateTime getCreated() {
        return created;
    }
}
