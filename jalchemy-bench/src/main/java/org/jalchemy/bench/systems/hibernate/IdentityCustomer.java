package org.jalchemy.bench.systems.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * {@code Customer} on SQLite, which has no sequences: IDENTITY (the rowid), so Hibernate inserts these one
 * statement at a time to read each id back.
 */
@Entity(name = "Customer")
@Table(name = "customer")
public class IdentityCustomer extends CustomerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @Override
    public Integer getId() {
        return id;
    }
}
