package org.jalchemy.bench.systems.hibernate;

import java.util.HashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Database;

/**
 * Builds the one {@link SessionFactory} both Hibernate columns use, configured as Hibernate's user guide advises
 * for batch work: {@code hibernate.jdbc.batch_size=1000}, ordered inserts and updates, a pooled sequence where the
 * database has one, the shared pool as its DataSource and {@code provider_disables_autocommit} because that pool
 * already hands out connections with autocommit off. Schema generation is off: the harness owns the DDL.
 */
public final class HibernateSetup implements AutoCloseable {
    /** JDBC batch size, and the flush-and-clear interval of Session inserts. */
    public static final int BATCH_SIZE = 1000;

    private final SessionFactory sessionFactory;
    private final Class<? extends CustomerEntity> entityClass;

    public HibernateSetup(BenchEnvironment env) {
        this.entityClass = env.database().hasSequences() ? SequenceCustomer.class : IdentityCustomer.class;
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.DATASOURCE, env.dataSource());
        settings.put(AvailableSettings.CONNECTION_PROVIDER_DISABLES_AUTOCOMMIT, "true");
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, String.valueOf(BATCH_SIZE));
        settings.put(AvailableSettings.ORDER_INSERTS, "true");
        settings.put(AvailableSettings.ORDER_UPDATES, "true");
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put(AvailableSettings.SHOW_SQL, "false");
        if (env.database() == Database.SQLITE) {
            settings.put(AvailableSettings.DIALECT, "org.hibernate.community.dialect.SQLiteDialect");
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
        this.sessionFactory = new MetadataSources(registry)
                .addAnnotatedClass(entityClass)
                .addAnnotatedClass(AssignedCustomer.class)
                .buildMetadata()
                .buildSessionFactory();
    }

    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    /** The {@code Customer} entity class for this database. */
    public Class<? extends CustomerEntity> entityClass() {
        return entityClass;
    }

    /** A new transient {@code Customer} for row {@code i}, its id left to the generator. */
    public CustomerEntity newCustomer(int i) {
        CustomerEntity customer = entityClass == SequenceCustomer.class ? new SequenceCustomer() : new IdentityCustomer();
        customer.setName(Customers.name(i));
        customer.setDescription(Customers.description(i));
        return customer;
    }

    /** Hibernate's version string. */
    public static String version() {
        return org.hibernate.Version.getVersionString();
    }

    @Override
    public void close() {
        sessionFactory.close();
    }
}
