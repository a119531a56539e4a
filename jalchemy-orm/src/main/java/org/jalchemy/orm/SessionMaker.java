package org.jalchemy.orm;

import org.jalchemy.engine.Engine;

/**
 * A factory of {@link Session}s with shared settings: SQLAlchemy's {@code sessionmaker}. Configure once,
 * call {@link #get()} (or {@link #openSession()}) per unit of work.
 * <pre>{@code
 * SessionMaker Session = new SessionMaker().configure(engine);
 * try (Session session = Session.get()) { session.add(user); session.commit(); }
 * }</pre>
 */
public final class SessionMaker implements java.util.function.Supplier<Session> {
    private volatile Engine bind;
    private volatile boolean expireOnCommit = true;
    private volatile boolean autoflush = true;
    private final java.util.List<SessionListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public SessionMaker() {
    }

    public SessionMaker(Engine bind) {
        this.bind = bind;
    }

    /** Sets the engine later sessions use (SQLAlchemy's {@code Session.configure(bind=engine)}). */
    public SessionMaker configure(Engine engine) {
        this.bind = engine;
        return this;
    }

    /** Whether {@code commit()} expires every object so the next access reloads it (default true). */
    public SessionMaker expireOnCommit(boolean value) {
        this.expireOnCommit = value;
        return this;
    }

    /** Whether queries flush pending changes first (default true). */
    public SessionMaker autoflush(boolean value) {
        this.autoflush = value;
        return this;
    }

    /** Adds a listener to every session made from now on. */
    public SessionMaker listen(SessionListener listener) {
        listeners.add(listener);
        return this;
    }

    public Engine bind() {
        return bind;
    }

    /** A new session with this maker's settings. */
    public Session openSession() {
        return new Session(bind, expireOnCommit, autoflush, java.util.List.copyOf(listeners));
    }

    /** A new session (SQLAlchemy's {@code Session()} call). */
    @Override
    public Session get() {
        return openSession();
    }
}
