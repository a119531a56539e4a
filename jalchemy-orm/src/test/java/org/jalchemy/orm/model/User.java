package org.jalchemy.orm.model;

import java.time.LocalDateTime;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.schema.Column;

/** The seed's "basic query" user, with a declared metamodel. */
@Entity("users")
public class User {
    public static Column<Integer> ID;
    public static Column<String> NAME;
    public static Column<String> FULLNAME;
    public static Column<LocalDateTime> BIRTH;

    @Id
    private Integer id;
    @MappedColumn(length = 50, nullable = false)
    private String name;
    @MappedColumn(length = 50)
    private String fullname;
    private LocalDateTime birth;

    public User() {
    }

    public User(String name, String fullname, LocalDateTime birth) {
        this.name = name;
        this.fullname = fullname;
        this.birth = birth;
    }

    public Integer getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getFullname() {
        return fullname;
    }

    public void setFullname(String fullname) {
        this.fullname = fullname;
    }

    public LocalDateTime getBirth() {
        return birth;
    }
}
