package org.jalchemy.orm;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * One {@link Session} per thread, created on first use: SQLAlchemy's {@code scoped_session}. Its methods
 * act on the current thread's session; {@link #remove()} closes and forgets it.
 * <pre>{@code
 * ScopedSession Session = new ScopedSession(new SessionMaker(engine));
 * Session.add(user); Session.commit(); Session.remove();
 * }</pre>
 */
public final class ScopedSession {
    private final Supplier<Session> factory;
    private final ThreadLocal<Session> current = new ThreadLocal<>();

    public ScopedSession(Supplier<Session> factory) {
        this.factory = factory;
    }

    /** The current thread's session, created if there is none. */
    public Session get() {
        Session s = current.get();
        if (s == null) {
            s = factory.get();
            current.set(s);
        }
        return s;
    }

    /** Whether the current thread has a session. */
    public boolean has() {
        return current.get() != null;
    }

    /** Closes the current thread's session and forgets it; the next use creates a new one. */
    public void remove() {
        Session s = current.get();
        if (s != null) {
            current.remove();
            s.close();
        }
    }

    public void add(Object obj) {
        get().add(obj);
    }

    public void addAll(Collection<?> objs) {
        get().addAll(objs);
    }

    public void delete(Object obj) {
        get().delete(obj);
    }

    public <T> Query<T> query(Class<T> entity) {
        return get().query(entity);
    }

    /** {@link Session#query(Object, Object...)} on the current session. */
    public Query<OrmRow> query(Object first, Object... more) {
        return get().query(first, more);
    }

    public <T> T get(Class<T> entity, Object id) {
        return get().get(entity, id);
    }

    public <T> ScalarList<T> execute(OrmSelect<T> select) {
        return get().execute(select);
    }

    public <T> ScalarList<T> scalars(OrmSelect<T> select) {
        return get().scalars(select);
    }

    public <T> T merge(T obj) {
        return get().merge(obj);
    }

    public void expunge(Object obj) {
        get().expunge(obj);
    }

    public void refresh(Object obj) {
        get().refresh(obj);
    }

    public void expire(Object obj, String... attributes) {
        get().expire(obj, attributes);
    }

    public void flush() {
        get().flush();
    }

    public void commit() {
        get().commit();
    }

    public void rollback() {
        get().rollback();
    }

    public void close() {
        get().close();
    }
}
