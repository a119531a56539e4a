package org.jalchemy.bench.systems.jalchemy;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.CountingDataSource;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;

/**
 * jalchemy ORM as it stands on main: a declaratively mapped {@link OrmCustomer}, {@code Session.add} and
 * {@code commit} (flush), {@code query(...).all()}, {@code query(...).filterBy("id", id).one()}, {@code get}, and
 * dirty objects flushed at commit. It has no streaming or column-tuple query yet, so those rows are n/a. Its
 * engine is created like the Core column's, and its calls are counted through the engine's event hooks.
 */
public final class JalchemyOrmSystem implements BenchSystem {
    private static boolean mapped;

    private final Engine engine;
    private final SessionMaker sessions;
    private final EngineCallCounter counter = new EngineCallCounter();

    public JalchemyOrmSystem(BenchEnvironment env) {
        mapOnce();
        this.engine = Jalchemy.createEngine(env.database().jalchemyUrl(env.workDir()));
        this.sessions = new SessionMaker().configure(engine);
    }

    /** Mapping is global to the class, so a second suite run in the same JVM must not map it again. */
    private static synchronized void mapOnce() {
        if (!mapped) {
            new Registry().map(OrmCustomer.class);
            mapped = true;
        }
    }

    @Override
    public String name() {
        return "jalchemy ORM";
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_IDS_FETCHED -> this::addAll;
            case SINGLE_INSERT_ORM -> this::addEachCommitted;
            case READ_ORM_LIST -> n -> readList();
            case SELECT_ORM_QUERY -> n -> lookups(n, true);
            case SELECT_ORM_GET -> n -> lookups(n, false);
            case UPDATE_ORM_FLUSH -> n -> loadAndFlush();
            default -> null;
        };
    }

    private Outcome addAll(int n) {
        List<OrmCustomer> customers = new ArrayList<>(n);
        long idSum = 0;
        try (Session session = sessions.get()) {
            for (int i = 1; i <= n; i++) {
                OrmCustomer customer = new OrmCustomer(Customers.name(i), Customers.description(i));
                session.add(customer);
                customers.add(customer);
            }
            session.flush();
            // commit expires every object (expire_on_commit), so read the fetched ids before it
            for (OrmCustomer customer : customers) {
                idSum += customer.getId();
            }
            session.commit();
        }
        return Outcome.of(customers.size(), idSum);
    }

    private Outcome addEachCommitted(int n) {
        for (int i = 1; i <= n; i++) {
            try (Session session = sessions.get()) {
                session.add(new OrmCustomer(Customers.name(i), Customers.description(i)));
                session.commit();
            }
        }
        return Outcome.of(n);
    }

    private Outcome readList() {
        List<OrmCustomer> list;
        long checksum = 0;
        try (Session session = sessions.get()) {
            list = session.query(OrmCustomer.class).all();
            for (OrmCustomer customer : list) {
                checksum += customer.checksum();
            }
            session.commit();
        }
        return new Outcome(list.size(), checksum, list);
    }

    private Outcome lookups(int n, boolean query) {
        long checksum = 0;
        try (Session session = sessions.get()) {
            for (int id : BenchEnvironment.lookupIds(n)) {
                OrmCustomer customer = query ? session.query(OrmCustomer.class).filterBy("id", id).one()
                        : session.get(OrmCustomer.class, id);
                checksum += customer.checksum();
            }
            session.commit();
        }
        return Outcome.of(n, checksum);
    }

    private Outcome loadAndFlush() {
        int rows;
        try (Session session = sessions.get()) {
            List<OrmCustomer> list = session.query(OrmCustomer.class).all();
            for (OrmCustomer customer : list) {
                customer.setDescription(Customers.updatedDescription(customer.getId()));
            }
            session.commit();
            rows = list.size();
        }
        return Outcome.of(rows);
    }

    @Override
    public void startCounting(CountingDataSource shared) {
        counter.reset();
        engine.listen(counter);
    }

    @Override
    public long stopCounting(CountingDataSource shared) {
        engine.removeListener(counter);
        return counter.calls();
    }

    @Override
    public void close() {
        engine.close();
    }
}
