package org.jalchemy.orm;

import org.jalchemy.engine.NestedTransaction;

/**
 * A SAVEPOINT inside a session's transaction, from {@link Session#beginNested()}: {@link #commit()} releases
 * it, {@link #rollback()} undoes what was flushed since (in the database and in memory: objects inserted since
 * become transient, deleted ones come back) and expires the session's objects; closing without
 * either commits.
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

    public void commit() {
        if (!done) {
            session.flush();
            nested.commit();
            done = true;
        }
    }

    public void rollback() {
        if (!done) {
            nested.rollback();
            done = true;
            session.afterSavepointRollback(insertedMark, deletedMark);
        }
    }

    @Override
    public void close() {
        commit();
    }
}
