package org.jalchemy.orm.loading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;

/**
 * One object per row per session: persistent objects and their states by {@link IdentityKey}. Holds its
 * objects strongly (unlike SQLAlchemy's weak map), so objects stay loaded while their session is open; keeping
 * the state beside the object spares a {@code StateRegistry} lookup on every session-wide pass.
 * <pre>{@code
 * identityMap.put(mapper, id, user, state);
 * User same = (User) identityMap.get(mapper, id);
 * }</pre>
 */
public final class IdentityMap {
    /** An object with its state. */
    public record Tracked(Object obj, InstanceState state) {
    }

    private final Map<IdentityKey, Tracked> objects = new HashMap<>();
    private boolean directFieldWrites;

    public Object get(Mapper<?> mapper, Object id) {
        Tracked t = objects.get(new IdentityKey(mapper, id));
        return t == null ? null : t.obj();
    }

    public Tracked tracked(Mapper<?> mapper, Object id) {
        return objects.get(new IdentityKey(mapper, id));
    }

    public void put(Mapper<?> mapper, Object id, Object obj, InstanceState state) {
        directFieldWrites |= mapper.directFieldWrites();
        objects.put(new IdentityKey(mapper, id), new Tracked(obj, state));
    }

    public void remove(Mapper<?> mapper, Object id) {
        objects.remove(new IdentityKey(mapper, id));
    }

    /** Whether some object ever held here has public mapped fields, so flush must compare snapshots. */
    public boolean hasDirectFieldWrites() {
        return directFieldWrites;
    }

    public int size() {
        return objects.size();
    }

    /** A copy of every object, for iteration while the map changes. */
    public List<Object> objects() {
        List<Object> out = new ArrayList<>(objects.size());
        for (Tracked t : objects.values()) {
            out.add(t.obj());
        }
        return out;
    }

    /**
     * Every object with its state, without copying: for session-wide passes (expire all, expunge all) that do
     * not change the map while they run.
     */
    public java.util.Collection<Tracked> view() {
        return java.util.Collections.unmodifiableCollection(objects.values());
    }

    /** A copy of every object with its state. */
    public List<Tracked> entries() {
        return new ArrayList<>(objects.values());
    }

    public void clear() {
        objects.clear();
        directFieldWrites = false;
    }
}
