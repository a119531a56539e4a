package org.jalchemy.bench.systems.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;

/**
 * Hibernate ORM with a {@link StatelessSession}: no persistence context or dirty checking, explicit
 * {@code insertMultiple}/{@code updateMultiple} with the JDBC batch size set on the session, the API its user
 * guide recommends for bulk work.
 */
public final class HibernateStatelessSystem implements BenchSystem {
    private static final String ALL = "from Customer";
    private static final String BY_ID = "from Customer where id = :id";
    private static final String COLUMNS = "select c.id, c.name, c.description from Customer c";

    private final HibernateSetup setup;
    private final SessionFactory factory;

    public HibernateStatelessSystem(HibernateSetup setup) {
        this.setup = setup;
        this.factory = setup.sessionFactory();
    }

    @Override
    public String name() {
        return "Hibernate StatelessSession";
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_IDS_FETCHED, INSERT_MAPPINGS -> this::insertGenerated;
            case INSERT_PK_GIVEN -> this::insertAssigned;
            case SINGLE_INSERT_ORM -> this::insertEachCommitted;
            case READ_ORM_LIST -> n -> readList();
            case READ_ORM_CHUNKS -> n -> readScrolled();
            case READ_ORM_TUPLES -> n -> readColumns();
            case SELECT_ORM_QUERY -> n -> lookups(n, true);
            case SELECT_ORM_GET -> n -> lookups(n, false);
            case UPDATE_ORM_FLUSH -> n -> loadAndUpdate();
            default -> null;
        };
    }

    private StatelessSession open() {
        StatelessSession session = factory.openStatelessSession();
        session.setJdbcBatchSize(HibernateSetup.BATCH_SIZE);
        return session;
    }

    private Outcome insertGenerated(int n) {
        List<CustomerEntity> customers = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            customers.add(setup.newCustomer(i));
        }
        try (StatelessSession session = open()) {
            session.beginTransaction();
            session.insertMultiple(customers);
            session.getTransaction().commit();
        }
        long idSum = 0;
        for (CustomerEntity customer : customers) {
            idSum += customer.getId();
        }
        return Outcome.of(customers.size(), idSum);
    }

    private Outcome insertAssigned(int n) {
        List<AssignedCustomer> customers = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
            customers.add(new AssignedCustomer(i, Customers.name(i), Customers.description(i)));
        }
        try (StatelessSession session = open()) {
            session.beginTransaction();
            session.insertMultiple(customers);
            session.getTransaction().commit();
        }
        return Outcome.of(n);
    }

    private Outcome insertEachCommitted(int n) {
        for (int i = 1; i <= n; i++) {
            try (StatelessSession session = factory.openStatelessSession()) {
                session.beginTransaction();
                session.insert(setup.newCustomer(i));
                session.getTransaction().commit();
            }
        }
        return Outcome.of(n);
    }

    private Outcome readList() {
        List<? extends CustomerEntity> list;
        try (StatelessSession session = open()) {
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
        try (StatelessSession session = open()) {
            session.beginTransaction();
            try (ScrollableResults<? extends CustomerEntity> results = session
                    .createSelectionQuery(ALL, setup.entityClass())
                    .setFetchSize(HibernateSetup.BATCH_SIZE)
                    .scroll(ScrollMode.FORWARD_ONLY)) {
                while (results.next()) {
                    checksum += results.get().checksum();
                    rows++;
                }
            }
            session.getTransaction().commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome readColumns() {
        long rows = 0;
        long checksum = 0;
        try (StatelessSession session = open()) {
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
        try (StatelessSession session = open()) {
            session.beginTransaction();
            for (int id : BenchEnvironment.lookupIds(n)) {
                CustomerEntity customer = query
                        ? session.createSelectionQuery(BY_ID, type).setParameter("id", id).getSingleResult()
                        : session.get(type, id);
                checksum += customer.checksum();
                rows++;
            }
            session.getTransaction().commit();
        }
        return Outcome.of(rows, checksum);
    }

    private Outcome loadAndUpdate() {
        int rows;
        try (StatelessSession session = open()) {
            session.beginTransaction();
            List<? extends CustomerEntity> list = session.createSelectionQuery(ALL, setup.entityClass())
                    .getResultList();
            for (CustomerEntity customer : list) {
                customer.setDescription(Customers.updatedDescription(customer.getId()));
            }
            session.updateMultiple(list);
            rows = list.size();
            session.getTransaction().commit();
        }
        return Outcome.of(rows);
    }
}
