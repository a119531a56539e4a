package org.jalchemy.orm;

/**
 * An explicit transaction of a session, from {@link Session#begin()}. Closing it without {@link #commit()}
 * rolls back, so an exception leaving the {@code try} block never commits half the work.
 * <pre>{@code
 * try (SessionTransaction tx = session.begin()) { session.add(user); tx.commit(); }
 * }</pre>
 */
public final class SessionTransaction implements AutoCloseable {
    private final Session session;
    private boolean done;

    SessionTransaction(Session session) {
        this.session = session;
    }

    public void commit() {
        if (!done) {
            // marked done only once committed: a COMMIT that fails leaves close() to roll back
            session.commit();
            done = true;
        }
    }

    public void rollback() {
        if (!done) {
            done = true;
            session.rollback();
        }
    }

    public boolean isActive() {
        return !done;
    }

    @Override
    public void close() {
        rollback();
    }
}
