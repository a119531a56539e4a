package org.jalchemy.bench.systems.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;

/**
 * Hibernate ORM with a stateful {@link Session} (persistence context, dirty checking, JDBC batching). Batch
 * inserts flush and clear every {@link HibernateSetup#BATCH_SIZE} entities, as its user guide advises.
 */
public final class HibernateSessionSystem implements BenchSystem {
    private static final String ALL = "from Customer";
    private static final String BY_ID = "from Customer where id = :id";
    private static final String COLUMNS = "select c.id, c.name, c.description from Customer c";

    private final HibernateSetup setup;
    private final SessionFactory factory;

    public HibernateSessionSystem(HibernateSetup setup) {
        this.setup = setup;
        this.factory = setup.sessionFactory();
    }

    @Override
    public String name() {
        return "Hibernate Session";
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_IDS_FETCHED -> this::persistGenerated;
            case INSERT_PK_GIVEN -> this::persistAssigned;
            case SINGLE_INSERT_ORM -> this::persistEachCommitted;
            case READ_ORM_LIST -> n -> readList();
            case READ_ORM_CHUNKS -> n -> readScrolled();
            case READ_ORM_TUPLES -> n -> readColumns();
            case SELECT_ORM_QUERY -> n -> lookups(n, true);
            case SELECT_ORM_GET -> n -> lookups(n, false);
            case UPDATE_ORM_FLUSH -> n -> loadAndFlush();
            default -> null;
        };
    }

    private Outcome persistGenerated(int n) {
        List<CustomerEntity> persisted = new ArrayList<>(n);
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            for (int i = 1; i <= n; i++) {
                CustomerEntity customer = setup.newCustomer(i);
                session.persist(customer);
                persisted.add(customer);
                if (i % HibernateSetup.BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
            session.getTransaction().commit();
        }
        long idSum = 0;
        for (CustomerEntity customer : persisted) {
            idSum += customer.getId();
        }
        return Outcome.of(persisted.size(), idSum);
    }

    private Outcome persistAssigned(int n) {
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            for (int i = 1; i <= n; i++) {
                session.persist(new AssignedCustomer(i, Customers.name(i), Customers.description(i)));
                if (i % HibernateSetup.BATCH_SIZE == 0) {
                    session.flush();
                    session.clear();
                }
            }
            session.getTransaction().commit();
        }
        return Outcome.of(n);
    }

    private Outcome persistEachCommitted(int n) {
        for (int i = 1; i <= n; i++) {
            try (Session session = factory.openSession()) {
                session.beginTransaction();
                session.persist(setup.newCustomer(i));
                session.getTransaction().commit();
            }
        }
        return Outcome.of(n);
    }

    private Outcome readList() {
        List<? extends CustomerEntity> list;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            list = session.createSelectionQuery(ALL, setup.entityClass()).getResultList();
            session.getTransaction().commit();
        }
        long checksum = 0;
        for (CustomerEntity customer : list) {
            checksum += customer.checksum();
        }
        return new Outcome(list.size(), checksum, list);
    }

    private Outcome readScrolled() {
        long rows = 0;
        long checksum = 0;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            try (ScrollableResults<? extends CustomerEntity> results = session
                    .createSelectionQuery(ALL, setup.entityClass())
                    .setFetchSize(HibernateSetup.BATCH_SIZE)
                    .scroll(ScrollMode.FORWARD_ONLY)) {
                while (results.next()) {
                    checksum += results.get().checksum();
                    // the persistence context would otherwise keep every object
                    if (++rows % HibernateSetup.BATCH_SIZE == 0) {
                        session.clear();
                    }
                }
            }
            session.getTransaction().commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome readColumns() {
        long rows = 0;
        long checksum = 0;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            try (Stream<Object[]> stream = session.createSelectionQuery(COLUMNS, Object[].class).getResultStream()) {
                for (Object[] row : (Iterable<Object[]>) stream::iterator) {
                    checksum += Customers.checksum((Integer) row[0], (String) row[1], (String) row[2]);
                    rows++;
                }
            }
            session.getTransaction().commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome lookups(int n, boolean query) {
        long rows = 0;
        long checksum = 0;
        Class<? extends CustomerEntity> type = setup.entityClass();
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            for (int id : BenchEnvironment.lookupIds(n)) {
                CustomerEntity customer = query
                        ? session.createSelectionQuery(BY_ID, type).setParameter("id", id).getSingleResult()
                        : session.find(type, id);
                checksum += customer.checksum();
                rows++;
            }
            session.getTransaction().commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome loadAndFlush() {
        int rows;
        try (Session session = factory.openSession()) {
            session.beginTransaction();
            List<? extends CustomerEntity> list = session.createSelectionQuery(ALL, setup.entityClass())
                    .getResultList();
            for (CustomerEntity customer : list) {
                customer.setDescription(Customers.updatedDescription(customer.getId()));
            }
            rows = list.size();
            session.getTransaction().commit();
        }
        return Outcome.of(rows);
    }
}
