package org.jalchemy.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.engine.URL;

/**
 * What a {@link DatabaseTest} invocation gets besides its engine: the backend's name, the URL of its fresh
 * database, extra engines with other options (disposed after the test), and direct JDBC access that
 * bypasses jalchemy to check what really reached the database.
 * <pre>{@code
 * @DatabaseTest void t(TestDatabase db) { Engine e = db.newEngine(EngineOptions.builder().poolSize(1).build()); }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {
    private final TestTarget target;
    private final URL url;
    private final List<Engine> engines = new ArrayList<>();
    private Engine engine;

    TestDatabase(TestTarget target, URL url) {
        this.target = target;
        this.url = url;
    }

    /** {@code sqlite}, {@code postgresql} or {@code mariadb}. */
    public String backend() {
        return target.name();
    }

    public boolean is(String backend) {
        return target.name().equals(backend);
    }

    public URL url() {
        return url;
    }

    public TestTarget target() {
        return target;
    }

    /** The invocation's engine (default options). */
    public synchronized Engine engine() {
        if (engine == null) {
            engine = newEngine(EngineOptions.defaults());
        }
        return engine;
    }

    /** Another engine on the same database; disposed when the test ends. */
    public synchronized Engine newEngine(EngineOptions options) {
        Engine e = Engine.create(url, options);
        engines.add(e);
        return e;
    }

    /** A raw JDBC connection to this database that bypasses jalchemy; the caller closes it. */
    public Connection openDirect() throws SQLException {
        if (!target.isServer()) {
            return java.sql.DriverManager.getConnection("jdbc:sqlite:" + url.database());
        }
        return target.openDirect();
    }

    @Override
    public synchronized void close() {
        for (Engine e : engines) {
            e.dispose();
        }
        engines.clear();
    }
}
