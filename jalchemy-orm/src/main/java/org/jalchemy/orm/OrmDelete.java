package org.jalchemy.orm;

import org.jalchemy.sql.ColumnElement;

/**
 * An ORM-enabled bulk {@code DELETE} of a mapped class's rows, 2.0 style: run by
 * {@link Session#execute(OrmDelete)}, which keeps the identity map truthful per its
 * {@link Query.SynchronizeSession} choice. Immutable.
 * <pre>{@code
 * long n = session.execute(Orm.delete(User.class).where(User.NAME.eq("ed")));
 * session.execute(Orm.delete(User.class).synchronizeSession(Query.SynchronizeSession.FALSE));
 * }</pre>
 */
public final class OrmDelete<T> {
    private final OrmSelect<T> criteria;
    private final Query.SynchronizeSession sync;

    OrmDelete(OrmSelect<T> criteria, Query.SynchronizeSession sync) {
        this.criteria = criteria;
        this.sync = sync;
    }

    @SafeVarargs
    public final OrmDelete<T> where(ColumnElement<Boolean>... conditions) {
        return new OrmDelete<>(criteria.where(conditions), sync);
    }

    public OrmDelete<T> filterBy(String attribute, Object value) {
        return new OrmDelete<>(criteria.filterBy(attribute, value), sync);
    }

    public OrmDelete<T> synchronizeSession(Query.SynchronizeSession choice) {
        return new OrmDelete<>(criteria, choice);
    }

    OrmSelect<T> criteria() {
        return criteria;
    }

    Query.SynchronizeSession sync() {
        return sync;
    }
}
