package org.jalchemy.bench.core;

/**
 * A plain mutable object per row: what raw JDBC builds in the "one object per row" variants and what jOOQ's
 * record mapper fills. Public fields and a no-argument constructor so every mapper can use it.
 */
public class Customer {
    public Integer id;
    public String name;
    public String description;

    public Customer() {
    }

    public Customer(Integer id, String name, String description) {
        this.id = id;
        this.name = name;
        this.description = description;
    }

    public Integer getId() {
        return id;
    }

    public void setId(Integer id) {
        this.id = id;
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

    /** This row's checksum term, see {@link Customers#checksum}. */
    public long checksum() {
        return Customers.checksum(id, name, description);
    }
}
