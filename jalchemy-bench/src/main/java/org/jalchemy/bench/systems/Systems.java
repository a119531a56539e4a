package org.jalchemy.bench.systems;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.systems.hibernate.HibernateSessionSystem;
import org.jalchemy.bench.systems.hibernate.HibernateSetup;
import org.jalchemy.bench.systems.hibernate.HibernateStatelessSystem;
import org.jalchemy.bench.systems.jalchemy.JalchemyCoreSystem;
import org.jalchemy.bench.systems.jalchemy.JalchemyOrmSystem;

/**
 * The columns of the results, in order (raw JDBC first because every ratio is to it), and what they share, such
 * as Hibernate's SessionFactory. Closing it closes them all.
 */
public final class Systems implements AutoCloseable {
    private final List<BenchSystem> systems = new ArrayList<>();
    private final List<AutoCloseable> resources = new ArrayList<>();

    /** Opens every system against {@code env}. */
    public Systems(BenchEnvironment env) {
        systems.add(new RawJdbcSystem(env));
        systems.add(JalchemyCoreSystem.expressions(env));
        systems.add(JalchemyCoreSystem.text(env));
        systems.add(new JalchemyOrmSystem(env));
        HibernateSetup hibernate = new HibernateSetup(env);
        resources.add(hibernate);
        systems.add(new HibernateSessionSystem(hibernate));
        systems.add(new HibernateStatelessSystem(hibernate));
        systems.add(new JooqSystem(env));
    }

    public List<BenchSystem> list() {
        return List.copyOf(systems);
    }

    /** The peers' versions, for the report header. */
    public static String versions() {
        return "Hibernate ORM " + HibernateSetup.version() + ", jOOQ " + JooqSystem.version();
    }

    @Override
    public void close() throws Exception {
        for (BenchSystem system : systems) {
            system.close();
        }
        for (AutoCloseable resource : resources) {
            resource.close();
        }
    }
}
