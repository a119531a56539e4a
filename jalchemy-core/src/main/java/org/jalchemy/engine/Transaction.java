package org.jalchemy.engine;

/**
 * The transaction in progress on a {@link Connection}, begun explicitly or by the first statement.
 *
 * <p>Mirrors {@code sqlalchemy.engine.RootTransaction}. Closing it without {@link #commit()} rolls back, so
 * try-with-resources never leaves work half done.
 * <pre>{@code
 * try (Transaction tx = conn.begin()) { conn.execute(stmt); tx.commit(); }
 * }</pre>
 */
public class Transaction implements AutoCloseable {
    private final Connection connection;
    private boolean active = true;

    Transaction(Connection connection) {
        this.connection = connection;
    }

    public Connection connection() {
        return connection;
    }

    /** True until the transaction commits or rolls back (through this object or the connection). */
    public boolean isActive() {
        return active;
    }

    void deactivate() {
        active = false;
    }

    public void commit() {
        if (active) {
            connection.commit();
        }
    }

    public void rollback() {
        if (active) {
            connection.rollback();
        }
    }

    /** Rolls back when still active. */
    @Override
    public void close() {
        if (active && !connection.isClosed()) {
            rollback();
        }
    }
}
