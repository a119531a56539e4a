package org.jalchemy.orm;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jalchemy.sql.ColumnElement;

/**
 * An ORM-enabled bulk {@code UPDATE} of a mapped class's rows, 2.0 style: values by attribute name, run by
 * {@link Session#execute(OrmUpdate)}, which expires the updated attributes of matching objects in the
 * session ({@link Query.SynchronizeSession#AUTO}, the default: evaluated in memory, else fetched). Immutable.
 * <pre>{@code
 * long n = session.execute(Orm.update(User.class).where(User.NAME.eq("ed")).values(Map.of("fullname", "E")));
 * }</pre>
 */
public final class OrmUpdate<T> {
    private final OrmSelect<T> criteria;
    private final Map<String, Object> values;
    private final Query.SynchronizeSession sync;

    OrmUpdate(OrmSelect<T> criteria, Map<String, Object> values, Query.SynchronizeSession sync) {
        this.criteria = criteria;
        this.values = values;
        this.sync = sync;
    }

    @SafeVarargs
    public final OrmUpdate<T> where(ColumnElement<Boolean>... conditions) {
        return new OrmUpdate<>(criteria.where(conditions), values, sync);
    }

    public OrmUpdate<T> filterBy(String attribute, Object value) {
        return new OrmUpdate<>(criteria.filterBy(attribute, value), values, sync);
    }

    /** A copy that also sets these attributes (by name); later values win. */
    public OrmUpdate<T> values(Map<String, ?> attributeValues) {
        Map<String, Object> v = new LinkedHashMap<>(values);
        v.putAll(attributeValues);
        return new OrmUpdate<>(criteria, v, sync);
    }

    public OrmUpdate<T> synchronizeSession(Query.SynchronizeSession choice) {
        return new OrmUpdate<>(criteria, values, choice);
    }

    OrmSelect<T> criteria() {
        return criteria;
    }

    Map<String, Object> values() {
        return values;
    }

    Query.SynchronizeSession sync() {
        return sync;
    }
}
