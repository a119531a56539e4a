package org.jalchemy.bench.systems.hibernate;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.jalchemy.bench.core.Customers;

/**
 * The mapped {@code customer} columns shared by the three Hibernate entities, which differ only in how the id is
 * produced.
 */
@MappedSuperclass
public abstract class CustomerEntity {
    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "description", nullable = false)
    private String description;

    public abstract Integer getId();

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
        return Customers.checksum(getId(), name, description);
    }
}
