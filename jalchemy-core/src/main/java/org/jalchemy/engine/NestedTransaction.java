package org.jalchemy.engine;

import java.sql.Savepoint;
import org.jalchemy.exc.InvalidRequestError;

/**
 * A savepoint inside a transaction: {@link #rollback()} undoes only what ran since it was made.
 *
 * <p>Mirrors {@code sqlalchemy.engine.NestedTransaction}. Closing it without {@link #commit()} rolls back to
 * the savepoint.
 * <pre>{@code
 * try (NestedTransaction sp = conn.beginNested()) { conn.execute(risky); sp.commit(); }
 * }</pre>
 */
public final class NestedTransaction extends Transaction {
    private final Transaction parent;
    private final Savepoint savepoint;
    private final String name;
    private boolean ended;

    NestedTransaction(Connection connection, Transaction parent, Savepoint savepoint, String name) {
        super(connection);
        this.parent = parent;
        this.savepoint = savepoint;
        this.name = name;
    }

    /** The savepoint's name, e.g. {@code sa_savepoint_1}. */
    public String name() {
        return name;
    }

    @Override
    public boolean isActive() {
        return !ended && parent.isActive();
    }

    /** Releases the savepoint, keeping its work in the enclosing transaction. */
    @Override
    public void commit() {
        requireActive();
        ended = true;
        connection().releaseSavepoint(savepoint, name);
    }

    /** Undoes the work since the savepoint; the enclosing transaction goes on. */
    @Override
    public void rollback() {
        requireActive();
        ended = true;
        connection().rollbackToSavepoint(savepoint, name);
    }

    private void requireActive() {
        if (!isActive()) {
            throw new InvalidRequestError("This nested transaction is inactive");
        }
    }

    @Override
    public void close() {
        if (isActive() && !connection().isClosed() && !connection().invalidated()) {
            rollback();
        }
    }
}
