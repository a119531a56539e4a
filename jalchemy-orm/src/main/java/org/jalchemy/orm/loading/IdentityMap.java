package org.jalchemy.orm.loading;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.EnhancedEntity;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.StateRegistry;

/**
 * One object per row per session: persistent objects and their states by mapper and primary key (see
 * {@link IdentityKey}). Holds its objects strongly (unlike SQLAlchemy's weak map), so objects stay loaded while
 * their session is open; keeping the state beside the object spares a {@code StateRegistry} lookup on every
 * session-wide pass.
 * <pre>{@code
 * identityMap.put(mapper, id, user, state);
 * User same = (User) identityMap.get(mapper, id);
 * }</pre>
 */
public final class IdentityMap {
    /** An object with its state. */
    public record Tracked(Object obj, InstanceState state) {
    }

    // Loading half a million rows puts half a million entries here, so each mapper has its own open-addressing
    // table over one array of two slots an entry (key, value): no key, entry or node object per row. The value is
    // the object itself when its state sits in its own field (a class enhanced at build time), else a Tracked
    // holding both. Linear probing, at most half full; removal shifts followers back. Two slots an entry and growth
    // by four cut what 500,000 loaded rows allocate here from about 65 to about 21 bytes a row (measured by layout:
    // a 2^20-entry table of 8 MB plus the 2.7 MB of tables it outgrew).
    private static final int SLOTS = 2;
    private static final int INITIAL_CAPACITY = 64;
    /** A probe longer than this means the keys collide in a pattern: the table rehashes scrambled. */
    private static final int MAX_PROBE = 64;
    /** Scrambled, consecutive keys still share a group of entries (two cache lines). */
    private static final int GROUP_BITS = 3;

    /** One mapper's entries. */
    private static final class MapperTable {
        final Mapper<?> mapper;
        Object[] table = new Object[INITIAL_CAPACITY * SLOTS];
        int mask = INITIAL_CAPACITY - 1;
        /**
         * Keys are placed by their own hash first, so rows loaded in key order (an autoincrement key) fill the
         * table in order, which caches and growth like; a key pattern that makes long probe runs (a stride matching
         * the table size) switches the table to Fibonacci hashing for good.
         */
        boolean scrambled;
        int size;

        MapperTable(Mapper<?> mapper) {
            this.mapper = mapper;
        }

        int home(Object id, int m, boolean scramble) {
            int h = id.hashCode();
            if (!scramble) {
                return h & m;
            }
            // the top bits of a product place the group; the key's low bits its entry within the group
            int groups = Integer.numberOfTrailingZeros(m + 1) - GROUP_BITS;
            return (((h >>> GROUP_BITS) * 0x9E3779B9) >>> (32 - groups)) << GROUP_BITS | (h & ((1 << GROUP_BITS) - 1));
        }

        /** The entry index holding {@code id}, or -1. */
        int find(Object id) {
            Object[] t = table;
            int m = mask;
            for (int e = home(id, m, scrambled); ; e = (e + 1) & m) {
                Object k = t[e * SLOTS];
                if (k == null) {
                    return -1;
                }
                if (id.equals(k)) {
                    return e;
                }
            }
        }

        /** Puts {@code value} under {@code id}; whether the key is new. */
        boolean put(Object id, Object value) {
            if ((size + 1) * 2 > mask + 1) {
                // by four: the tables a big load outgrows add up to a third of the last one, not all of it
                rehash((mask + 1) * 4, scrambled);
            }
            Object[] t = table;
            int m = mask;
            int probes = 0;
            for (int e = home(id, m, scrambled); ; e = (e + 1) & m, probes++) {
                int base = e * SLOTS;
                Object k = t[base];
                boolean added = k == null;
                if (added) {
                    t[base] = id;
                    size++;
                } else if (!id.equals(k)) {
                    continue;
                }
                t[base + 1] = value;
                if (probes > MAX_PROBE && !scrambled) {
                    rehash(m + 1, true);
                }
                return added;
            }
        }

        void rehash(int capacity, boolean scramble) {
            Object[] old = table;
            Object[] t = new Object[capacity * SLOTS];
            int m = capacity - 1;
            for (int base = 0; base < old.length; base += SLOTS) {
                Object k = old[base];
                if (k == null) {
                    continue;
                }
                int e = home(k, m, scramble);
                while (t[e * SLOTS] != null) {
                    e = (e + 1) & m;
                }
                t[e * SLOTS] = k;
                t[e * SLOTS + 1] = old[base + 1];
            }
            table = t;
            mask = m;
            scrambled = scramble;
        }

        boolean remove(Object id) {
            int hole = find(id);
            if (hole < 0) {
                return false;
            }
            size--;
            Object[] t = table;
            int m = mask;
            // backward-shift deletion: move each follower whose home slot is not between the hole and itself
            for (int e = (hole + 1) & m; t[e * SLOTS] != null; e = (e + 1) & m) {
                int home = home(t[e * SLOTS], m, scrambled);
                boolean stays = hole <= e ? hole < home && home <= e : hole < home || home <= e;
                if (!stays) {
                    System.arraycopy(t, e * SLOTS, t, hole * SLOTS, SLOTS);
                    hole = e;
                }
            }
            Arrays.fill(t, hole * SLOTS, hole * SLOTS + SLOTS, null);
            return true;
        }
    }

    private static final MapperTable[] NONE = new MapperTable[0];

    /** One table per mapper, in the order mappers first appeared; a session rarely holds more than a few. */
    private MapperTable[] tables = NONE;
    /** The table used last: a load or a flush works on one mapper at a time. */
    private MapperTable last;
    private int size;
    private boolean directFieldWrites;
    private boolean relationships;

    private MapperTable table(Mapper<?> mapper) {
        MapperTable t = last;
        if (t != null && t.mapper == mapper) {
            return t;
        }
        for (MapperTable candidate : tables) {
            if (candidate.mapper == mapper) {
                last = candidate;
                return candidate;
            }
        }
        return null;
    }

    /**
     * The stored value: the object alone when its own field holds {@code state}, or (null {@code state}) the
     * {@link org.jalchemy.orm.state.SharedLoadState} it was loaded under.
     */
    private static Object value(Object obj, InstanceState state) {
        if (obj instanceof EnhancedEntity e && (state == null || e.$jalchemy$state() == state)) {
            return obj;
        }
        return new Tracked(obj, state);
    }

    private static Object objectOf(Object value) {
        return value instanceof Tracked t ? t.obj() : value;
    }

    private static Tracked trackedOf(Object value) {
        return value instanceof Tracked t ? t : new Tracked(value, StateRegistry.lookup(value));
    }

    public Object get(Mapper<?> mapper, Object id) {
        MapperTable t = table(mapper);
        if (t == null) {
            return null;
        }
        int e = t.find(id);
        return e < 0 ? null : objectOf(t.table[e * SLOTS + 1]);
    }

    /**
     * As {@link #tracked}, except that an object still sharing its query's state, with nothing expired since, comes
     * back with a null state instead of being given one: a lookup that only needs the object (a {@code get} hit).
     */
    public Tracked trackedUnlessShared(Mapper<?> mapper, Object id) {
        MapperTable t = table(mapper);
        if (t == null) {
            return null;
        }
        int e = t.find(id);
        if (e < 0) {
            return null;
        }
        Object value = t.table[e * SLOTS + 1];
        return StateRegistry.isSharedAndCurrent(value) ? new Tracked(value, null) : trackedOf(value);
    }

    public Tracked tracked(Mapper<?> mapper, Object id) {
        MapperTable t = table(mapper);
        if (t == null) {
            return null;
        }
        int e = t.find(id);
        return e < 0 ? null : trackedOf(t.table[e * SLOTS + 1]);
    }

    public void put(Mapper<?> mapper, Object id, Object obj, InstanceState state) {
        directFieldWrites |= mapper.directFieldWrites();
        relationships |= mapper.hasRelationships();
        MapperTable t = table(mapper);
        if (t == null) {
            t = new MapperTable(mapper);
            tables = Arrays.copyOf(tables, tables.length + 1);
            tables[tables.length - 1] = t;
            last = t;
        }
        if (t.put(id, value(obj, state))) {
            size++;
        }
    }

    public void remove(Mapper<?> mapper, Object id) {
        MapperTable t = table(mapper);
        if (t != null && t.remove(id)) {
            size--;
        }
    }

    /** Whether a key pattern switched some mapper's table to scrambled hashing (for tests). */
    boolean isScrambled() {
        for (MapperTable t : tables) {
            if (t.scrambled) {
                return true;
            }
        }
        return false;
    }

    /** Whether some object ever held here has public mapped fields, so flush must compare snapshots. */
    public boolean hasDirectFieldWrites() {
        return directFieldWrites;
    }

    /** Whether some object ever held here has relationships, whose fields expire-all must empty. */
    public boolean hasRelationships() {
        return relationships;
    }

    public int size() {
        return size;
    }

    /** A copy of every object, for iteration while the map changes. */
    public List<Object> objects() {
        List<Object> out = new ArrayList<>(size);
        for (MapperTable mt : tables) {
            Object[] t = mt.table;
            for (int base = 0; base < t.length; base += SLOTS) {
                if (t[base] != null) {
                    out.add(objectOf(t[base + 1]));
                }
            }
        }
        return out;
    }

    /**
     * Every object with its state, without copying: for session-wide passes that do not change the map while
     * they run.
     */
    public Collection<Tracked> view() {
        return view(m -> true);
    }

    /**
     * The objects of the mappers {@code which} accepts, with their states, without copying. Passes that concern
     * some mappers only go through this, so that objects of the others that share their query's state
     * ({@link org.jalchemy.orm.state.SharedLoadState}) are not given one of their own.
     */
    public Collection<Tracked> view(java.util.function.Predicate<Mapper<?>> which) {
        int n = 0;
        List<MapperTable> chosen = new ArrayList<>(tables.length);
        for (MapperTable mt : tables) {
            if (which.test(mt.mapper)) {
                chosen.add(mt);
                n += mt.size;
            }
        }
        MapperTable[] all = chosen.toArray(new MapperTable[0]);
        int count = n;
        return new AbstractCollection<>() {
            @Override
            public Iterator<Tracked> iterator() {
                return new Iterator<>() {
                    private int table = -1;
                    private Object[] t = new Object[0];
                    private int base = advance(0);

                    /** The next occupied entry at or after {@code from}, moving on to the next tables as needed. */
                    private int advance(int from) {
                        int b = from;
                        while (true) {
                            while (b < t.length && t[b] == null) {
                                b += SLOTS;
                            }
                            if (b < t.length || table + 1 >= all.length) {
                                return b;
                            }
                            t = all[++table].table;
                            b = 0;
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return base < t.length;
                    }

                    @Override
                    public Tracked next() {
                        if (base >= t.length) {
                            throw new NoSuchElementException();
                        }
                        Tracked out = trackedOf(t[base + 1]);
                        base = advance(base + SLOTS);
                        return out;
                    }
                };
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** A copy of every object with its state. */
    public List<Tracked> entries() {
        return new ArrayList<>(view());
    }

    /** A copy of the objects of {@code mapper} with their states. */
    public List<Tracked> entries(Mapper<?> mapper) {
        return new ArrayList<>(view(m -> m == mapper));
    }

    /**
     * A copy of the objects that have a state of their own, with it: those still sharing their query's state were
     * loaded and never written, so a pass looking for changes can leave them be.
     */
    public List<Tracked> entriesWithOwnState() {
        List<Tracked> out = new ArrayList<>();
        for (MapperTable mt : tables) {
            Object[] t = mt.table;
            for (int base = 0; base < t.length; base += SLOTS) {
                Object value = t[base + 1];
                if (t[base] != null && !StateRegistry.isShared(value)) {
                    out.add(trackedOf(value));
                }
            }
        }
        return out;
    }

    public void clear() {
        // a cleared map is usually a closed session's: let the big tables go rather than keep them
        tables = NONE;
        last = null;
        size = 0;
        directFieldWrites = false;
        relationships = false;
    }
}
