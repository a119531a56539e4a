package org.jalchemy.orm;

/**
 * Typed session events (SQLAlchemy's {@code before_flush}, {@code after_flush}, {@code after_commit},
 * {@code after_rollback}). Register on a {@link SessionMaker} for all its sessions, or on one session.
 * <pre>{@code
 * sessionMaker.listen(new SessionListener() { public void afterCommit(Session s) { log.info("committed"); } });
 * session.listen(new SessionListener() { public void beforeFlush(Session s) { } });
 * }</pre>
 */
public interface SessionListener {
    /** Before a flush that has work to do; objects added here are flushed too. */
    default void beforeFlush(Session session) {
    }

    /** After a flush's statements ran, before the transaction commits. */
    default void afterFlush(Session session) {
    }

    default void afterCommit(Session session) {
    }

    default void afterRollback(Session session) {
    }
}
