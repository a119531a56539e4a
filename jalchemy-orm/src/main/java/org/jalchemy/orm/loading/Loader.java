package org.jalchemy.orm.loading;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.mapping.ColumnProperty;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.EnhancedEntity;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.SharedLoadState;
import org.jalchemy.orm.state.StateOwner;
import org.jalchemy.orm.state.StateRegistry;

/**
 * Turns rows into objects through the identity map: a row whose object the session holds yields that object
 * (its expired attributes filled from the row); any other row yields a new persistent object. Rows must
 * carry the mapper's columns first, in {@link Mapper#columns()} order. Mirrors {@code sqlalchemy.orm.loading}.
 * <pre>{@code
 * List<User> users = Loader.instances(session, identityMap, mapper, conn.execute(select));
 * }</pre>
 */
public final class Loader {
    private Loader() {
    }

    public static <T> List<T> instances(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Result result) {
        List<T> out = new ArrayList<>();
        int n = mapper.size();
        try (result) {
            if (mapper.defersSnapshots()) {
                // new objects keep no array of their own, so one array serves every row
                Object[] row = new Object[Math.max(result.width(), n)];
                if (mapper.hasRelationships()) {
                    while (result.fetchValuesInto(row)) {
                        out.add(instance(owner, identityMap, mapper, row, true));
                    }
                    return out;
                }
                // nor a state of their own until something needs it
                SharedLoadState shared = SharedLoadState.of(mapper, owner);
                while (result.fetchValuesInto(row)) {
                    out.add(sharedInstance(owner, identityMap, mapper, row, shared));
                }
                return out;
            }
            for (Object[] values = result.fetchValues(); values != null; values = result.fetchValues()) {
                out.add(instance(owner, identityMap, mapper, ownColumns(values, n), false));
            }
        }
        return out;
    }

    /**
     * The object of the first row only, or null when there is none; the result is closed without asking the
     * driver for another row (a lookup by primary key has at most one).
     */
    public static <T> T first(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Result result) {
        try (result) {
            Object[] values = result.fetchValues();
            if (values == null) {
                return null;
            }
            return instance(owner, identityMap, mapper, ownColumns(values, mapper.size()), false);
        }
    }

    /** The row's own array becomes the new object's committed snapshot when it holds just the mapper's columns. */
    private static Object[] ownColumns(Object[] values, int n) {
        return values.length == n ? values : java.util.Arrays.copyOf(values, n);
    }

    public static <T> T instance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Row row) {
        return instance(owner, identityMap, mapper, row, 0);
    }

    /**
     * The object for the mapper's columns at {@code offset} in {@code row} (a row of several entities);
     * null when its primary key is NULL (the missing side of an outer join).
     */
    public static <T> T instance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Row row, int offset) {
        Object[] values = new Object[mapper.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i + offset);
        }
        return instance(owner, identityMap, mapper, values, false);
    }

    /**
     * The object for {@code values}, the mapper's columns in {@link Mapper#columns()} order. Unless
     * {@code reused} (the caller fills the same array with the next row), the array is taken over: it becomes a new
     * object's committed snapshot. Null when the primary key is NULL.
     */
    @SuppressWarnings("unchecked")
    private static <T> T instance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Object[] values,
                                  boolean reused) {
        int[] pk = mapper.primaryKeyIndexes();
        Object id;
        if (pk.length == 1) {
            id = Mapper.normalize(values[pk[0]]);
            if (id == null) {
                return null;
            }
        } else {
            Object[] parts = new Object[pk.length];
            for (int i = 0; i < pk.length; i++) {
                parts[i] = Mapper.normalize(values[pk[i]]);
                if (parts[i] == null) {
                    return null;
                }
            }
            id = List.of(parts);
        }
        IdentityMap.Tracked existing = identityMap.tracked(mapper, id);
        if (existing != null) {
            if (existing.state().hasExpired()) {
                populateExpired(existing.state(), existing.obj(), mapper, values);
            }
            return (T) existing.obj();
        }
        T obj = mapper.newInstance();
        int n = mapper.size();
        InstanceState state = new InstanceState(mapper);
        if (mapper.defersSnapshots()) {
            for (int i = 0; i < n; i++) {
                mapper.property(i).set(obj, values[i]);
            }
            StateRegistry.register(obj, state);
            state.loadedDeferred(id);
        } else {
            Object[] snapshot = reused ? new Object[n] : values;
            for (int i = 0; i < n; i++) {
                ColumnProperty p = mapper.property(i);
                p.set(obj, values[i]);
                // read back: the field may hold a converted value (an INTEGER column in a long field)
                snapshot[i] = p.get(obj);
            }
            state.loaded(id, snapshot);
            StateRegistry.register(obj, state);
        }
        return attachLoaded(owner, identityMap, mapper, obj, id, state);
    }

    /** Makes a just loaded {@code obj}, with its own {@code state}, persistent in the session under {@code id}. */
    private static <T> T attachLoaded(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, T obj, Object id,
                                      InstanceState state) {
        state.attach(owner, InstanceState.Status.PERSISTENT);
        if (mapper.hasRelationships()) {
            // relationships load on first access
            state.unloadRelationships();
        }
        identityMap.put(mapper, id, obj, state);
        fireLoad(mapper, obj);
        return obj;
    }

    /**
     * As {@link #instance}, for a mapper that defers snapshots and has no relationships: a new object gets the
     * query's {@code shared} state instead of one of its own, and an object the session holds is returned without
     * making it one unless the session expired its objects since it was loaded.
     */
    @SuppressWarnings("unchecked")
    private static <T> T sharedInstance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Object[] values,
                                        SharedLoadState shared) {
        int[] pk = mapper.primaryKeyIndexes();
        if (pk.length != 1) {
            return instance(owner, identityMap, mapper, values, true);
        }
        Object id = Mapper.normalize(values[pk[0]]);
        if (id == null) {
            return null;
        }
        Object existing = identityMap.get(mapper, id);
        if (existing != null) {
            if (!StateRegistry.isSharedAndCurrent(existing)) {
                InstanceState state = StateRegistry.lookup(existing);
                if (state != null && state.hasExpired()) {
                    populateExpired(state, existing, mapper, values);
                }
            }
            return (T) existing;
        }
        T obj = mapper.newInstance();
        for (int i = 0; i < mapper.size(); i++) {
            mapper.property(i).set(obj, values[i]);
        }
        if (!id.equals(mapper.identityOf(obj))) {
            // the key field converts the row's value (a NUMERIC key in a Long field): the object's own state must
            // keep the identity it is filed under, since the fields do not give it back
            InstanceState state = new InstanceState(mapper);
            StateRegistry.register(obj, state);
            state.loadedDeferred(id);
            return attachLoaded(owner, identityMap, mapper, obj, id, state);
        }
        ((EnhancedEntity) obj).$jalchemy$state(shared);
        identityMap.put(mapper, id, obj, null);
        fireLoad(mapper, obj);
        return obj;
    }

    private static <T> void fireLoad(Mapper<T> mapper, T obj) {
        if (!mapper.listeners().isEmpty()) {
            mapper.fire(obj, (l, t) -> l.load(t));
        }
    }

    /** Fills the expired attributes of {@code obj} from {@code row}; written attributes keep their new values. */
    public static void populateExpired(InstanceState state, Object obj, Mapper<?> mapper, Row row) {
        for (int i = 0; i < mapper.size(); i++) {
            if (state.isExpired(i)) {
                ColumnProperty p = mapper.property(i);
                p.set(obj, row.get(i));
                state.committed(i, p.get(obj));
            }
        }
    }

    private static void populateExpired(InstanceState state, Object obj, Mapper<?> mapper, Object[] values) {
        for (int i = 0; i < mapper.size(); i++) {
            if (state.isExpired(i)) {
                ColumnProperty p = mapper.property(i);
                p.set(obj, values[i]);
                state.committed(i, p.get(obj));
            }
        }
    }
}
