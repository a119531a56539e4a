package org.jalchemy.bench.systems.jalchemy;

import org.jalchemy.bench.core.Customers;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;

/**
 * {@code customer} mapped declaratively for the jalchemy ORM column; the id is the database's (autoincrement). Its
 * fields are private, as Hibernate's {@code CustomerEntity}'s are, so loaded objects defer their snapshots (see
 * docs/design/orm-instrumentation.md).
 */
@Entity("customer")
public class OrmCustomer {
    @Id
    private Integer id;
    @MappedColumn(nullable = false, length = 255)
    private String name;
    @MappedColumn(nullable = false, length = 255)
    private String description;

    public OrmCustomer() {
    }

    public OrmCustomer(String name, String description) {
        this.name = name;
        this.description = description;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    /** This row's checksum term. */
    public long checksum() {
        return Customers.checksum(id, name, description);
    }
}
