package org.jalchemy.orm;

import org.jalchemy.engine.NestedTransaction;

/**
 * A SAVEPOINT inside a session's transaction, from {@link Session#beginNested()}: {@link #commit()} releases
 * it, {@link #rollback()} undoes what was flushed since (in the database and in memory: objects inserted since
 * become transient, deleted ones come back) and expires the session's objects; closing without
 * either commits. A flush that fails inside it rolls it back and leaves the outer transaction usable.
 * <pre>{@code
 * try (SessionSavepoint sp = session.beginNested()) { session.add(u); sp.rollback(); }
 * }</pre>
 */
public final class SessionSavepoint implements AutoCloseable {
    private final Session session;
    private final NestedTransaction nested;
    private final int insertedMark;
    private final int deletedMark;
    private boolean done;

    SessionSavepoint(Session session, NestedTransaction nested, int insertedMark, int deletedMark) {
        this.session = session;
        this.nested = nested;
        this.insertedMark = insertedMark;
        this.deletedMark = deletedMark;
    }

    /** Flushes and releases the savepoint; if that flush fails, the savepoint is rolled back and the error raised. */
    public void commit() {
        if (!done) {
            session.flush();
            if (!done) {
                nested.commit();
                done = true;
                session.savepointEnded(this);
            }
        }
    }

    /** Rolls back to the savepoint; what was flushed since is undone in memory too. Does nothing once ended. */
    public void rollback() {
        if (!done) {
            // only once the database rolled back: a failed ROLLBACK TO leaves the savepoint active
            nested.rollback();
            done = true;
            session.savepointEnded(this);
            session.afterSavepointRollback(insertedMark, deletedMark);
        }
    }

    /** Ended by the end of its transaction or of an enclosing savepoint. */
    void markEnded() {
        done = true;
    }

    /** Whether it was committed or rolled back (a failed flush inside it rolls it back). */
    public boolean isActive() {
        return !done;
    }

    @Override
    public void close() {
        commit();
    }
}
