package org.jalchemy.orm.loading;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.mapping.ColumnProperty;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;
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
        try (result) {
            for (Row row : result) {
                out.add(instance(owner, identityMap, mapper, row));
            }
        }
        return out;
    }

    public static <T> T instance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Row row) {
        return instance(owner, identityMap, mapper, row, 0);
    }

    /**
     * The object for the mapper's columns at {@code offset} in {@code row} (a row of several entities);
     * null when its primary key is NULL (the missing side of an outer join).
     */
    @SuppressWarnings("unchecked")
    public static <T> T instance(StateOwner owner, IdentityMap identityMap, Mapper<T> mapper, Row row, int offset) {
        int[] pk = mapper.primaryKeyIndexes();
        Object id;
        if (pk.length == 1) {
            id = Mapper.normalize(row.get(pk[0] + offset));
            if (id == null) {
                return null;
            }
        } else {
            Object[] parts = new Object[pk.length];
            for (int i = 0; i < pk.length; i++) {
                parts[i] = Mapper.normalize(row.get(pk[i] + offset));
                if (parts[i] == null) {
                    return null;
                }
            }
            id = List.of(parts);
        }
        IdentityMap.Tracked existing = identityMap.tracked(mapper, id);
        if (existing != null) {
            if (existing.state().hasExpired()) {
                populateExpired(existing.state(), existing.obj(), mapper, row, offset);
            }
            return (T) existing.obj();
        }
        T obj = mapper.newInstance();
        int n = mapper.size();
        Object[] committed = new Object[n];
        for (int i = 0; i < n; i++) {
            ColumnProperty p = mapper.property(i);
            p.set(obj, row.get(i + offset));
            // read back: the field may hold a converted value (an INTEGER column in a long field)
            committed[i] = p.get(obj);
        }
        InstanceState state = new InstanceState(mapper);
        state.persistent(id, committed);
        state.attach(owner, InstanceState.Status.PERSISTENT);
        if (mapper.hasRelationships()) {
            // relationships load on first access
            state.unloadRelationships();
        }
        StateRegistry.register(obj, state);
        identityMap.put(mapper, id, obj, state);
        if (!mapper.listeners().isEmpty()) {
            mapper.fire(obj, (l, t) -> l.load(t));
        }
        return obj;
    }

    /** Fills the expired attributes of {@code obj} from {@code row}; written attributes keep their new values. */
    public static void populateExpired(InstanceState state, Object obj, Mapper<?> mapper, Row row) {
        populateExpired(state, obj, mapper, row, 0);
    }

    private static void populateExpired(InstanceState state, Object obj, Mapper<?> mapper, Row row, int offset) {
        for (int i = 0; i < mapper.size(); i++) {
            if (state.isExpired(i)) {
                ColumnProperty p = mapper.property(i);
                p.set(obj, row.get(i + offset));
                state.committed(i, p.get(obj));
            }
        }
    }
}
