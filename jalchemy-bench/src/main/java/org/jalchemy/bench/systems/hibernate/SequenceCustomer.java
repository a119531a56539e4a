package org.jalchemy.bench.systems.hibernate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * {@code Customer} on databases with sequences (PostgreSQL, MariaDB): a pooled sequence allocating 1000 ids per
 * call, the generator Hibernate's docs advise so that inserts can be JDBC-batched (IDENTITY disables batching).
 */
@Entity(name = "Customer")
@Table(name = "customer")
public class SequenceCustomer extends CustomerEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "customer_hib")
    @SequenceGenerator(name = "customer_hib", sequenceName = "customer_hib_seq", allocationSize = 1000)
    private Integer id;

    @Override
    public Integer getId() {
        return id;
    }
}
