package org.jalchemy.bench.systems.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The same table mapped with application-assigned ids, for the "ids given, none fetched" insert. */
@Entity(name = "CustomerAssigned")
@Table(name = "customer")
public class AssignedCustomer extends CustomerEntity {
    @Id
    private Integer id;

    public AssignedCustomer() {
    }

    public AssignedCustomer(Integer id, String name, String description) {
        this.id = id;
        setName(name);
        setDescription(description);
    }

    @Override
    public Integer getId() {
        return id;
    }
}
