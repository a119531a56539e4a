package org.jalchemy.orm.loading;

import java.util.AbstractCollection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;

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

    // Loading half a million rows puts half a million entries here, so the table is open addressing over one
    // array, four slots an entry (mapper, id, object, state): no key, entry or node object per row, and an
    // entry sits in one cache line. Linear probing, at most half full; removal shifts followers back.
    private static final int SLOTS = 4;
    private static final int INITIAL_CAPACITY = 64;
    /** A probe longer than this means the keys collide in a pattern: the table rehashes scrambled. */
    private static final int MAX_PROBE = 64;
    /** Scrambled, consecutive keys still share a group of entries (two cache lines). */
    private static final int GROUP_BITS = 3;
    private static final int SMALL = 1 << 16;

    private Object[] table = new Object[INITIAL_CAPACITY * SLOTS];
    private int mask = INITIAL_CAPACITY - 1;
    /**
     * Keys are placed by their own hash first, so rows loaded in key order (an autoincrement key) fill the table
     * in order, which caches and growth like; a key pattern that makes long probe runs (a stride matching the
     * table size) switches the table to Fibonacci hashing for good.
     */
    private boolean scrambled;
    private int size;
    private boolean directFieldWrites;
    private boolean relationships;

    private static int home(Mapper<?> mapper, Object id, int mask, boolean scrambled) {
        int h = id.hashCode() + mapper.identitySeed();
        if (!scrambled) {
            return h & mask;
        }
        // the top bits of a product place the group; the key's low bits its entry within the group
        int groups = Integer.numberOfTrailingZeros(mask + 1) - GROUP_BITS;
        return (((h >>> GROUP_BITS) * 0x9E3779B9) >>> (32 - groups)) << GROUP_BITS | (h & ((1 << GROUP_BITS) - 1));
    }

    /** The entry index holding {@code mapper}/{@code id}, or -1. */
    private int find(Mapper<?> mapper, Object id) {
        Object[] t = table;
        int m = mask;
        for (int e = home(mapper, id, m, scrambled); ; e = (e + 1) & m) {
            int base = e * SLOTS;
            Object k = t[base];
            if (k == null) {
                return -1;
            }
            if (k == mapper && id.equals(t[base + 1])) {
                return e;
            }
        }
    }

    public Object get(Mapper<?> mapper, Object id) {
        int e = find(mapper, id);
        return e < 0 ? null : table[e * SLOTS + 2];
    }

    public Tracked tracked(Mapper<?> mapper, Object id) {
        int e = find(mapper, id);
        return e < 0 ? null : new Tracked(table[e * SLOTS + 2], (InstanceState) table[e * SLOTS + 3]);
    }

    public void put(Mapper<?> mapper, Object id, Object obj, InstanceState state) {
        directFieldWrites |= mapper.directFieldWrites();
        relationships |= mapper.hasRelationships();
        if ((size + 1) * 2 > mask + 1) {
            // four times while small: a session's first thousands of objects rehash a third as often
            rehash((mask + 1) * (mask < SMALL ? 4 : 2), scrambled);
        }
        Object[] t = table;
        int m = mask;
        int probes = 0;
        for (int e = home(mapper, id, m, scrambled); ; e = (e + 1) & m, probes++) {
            int base = e * SLOTS;
            Object k = t[base];
            if (k == null) {
                t[base] = mapper;
                t[base + 1] = id;
                size++;
            } else if (k != mapper || !id.equals(t[base + 1])) {
                continue;
            }
            t[base + 2] = obj;
            t[base + 3] = state;
            if (probes > MAX_PROBE && !scrambled) {
                rehash(m + 1, true);
            }
            return;
        }
    }

    private void rehash(int capacity, boolean scramble) {
        Object[] old = table;
        Object[] t = new Object[capacity * SLOTS];
        int m = capacity - 1;
        for (int base = 0; base < old.length; base += SLOTS) {
            Object k = old[base];
            if (k == null) {
                continue;
            }
            int e = home((Mapper<?>) k, old[base + 1], m, scramble);
            while (t[e * SLOTS] != null) {
                e = (e + 1) & m;
            }
            int to = e * SLOTS;
            t[to] = k;
            t[to + 1] = old[base + 1];
            t[to + 2] = old[base + 2];
            t[to + 3] = old[base + 3];
        }
        table = t;
        mask = m;
        scrambled = scramble;
    }

    public void remove(Mapper<?> mapper, Object id) {
        int hole = find(mapper, id);
        if (hole < 0) {
            return;
        }
        size--;
        Object[] t = table;
        int m = mask;
        // backward-shift deletion: move each follower whose home slot is not between the hole and itself
        for (int e = (hole + 1) & m; t[e * SLOTS] != null; e = (e + 1) & m) {
            int home = home((Mapper<?>) t[e * SLOTS], t[e * SLOTS + 1], m, scrambled);
            boolean stays = hole <= e ? hole < home && home <= e : hole < home || home <= e;
            if (!stays) {
                System.arraycopy(t, e * SLOTS, t, hole * SLOTS, SLOTS);
                hole = e;
            }
        }
        java.util.Arrays.fill(t, hole * SLOTS, hole * SLOTS + SLOTS, null);
    }

    /** Whether a key pattern switched the table to scrambled hashing (for tests). */
    boolean isScrambled() {
        return scrambled;
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
        for (int base = 0; base < table.length; base += SLOTS) {
            if (table[base] != null) {
                out.add(table[base + 2]);
            }
        }
        return out;
    }

    /**
     * Every object with its state, without copying: for session-wide passes that do not change the map while
     * they run.
     */
    public Collection<Tracked> view() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<Tracked> iterator() {
                Object[] t = table;
                return new Iterator<>() {
                    private int base = advance(0);

                    private int advance(int from) {
                        int b = from;
                        while (b < t.length && t[b] == null) {
                            b += SLOTS;
                        }
                        return b;
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
                        Tracked out = new Tracked(t[base + 2], (InstanceState) t[base + 3]);
                        base = advance(base + SLOTS);
                        return out;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** A copy of every object with its state. */
    public List<Tracked> entries() {
        return new ArrayList<>(view());
    }

    public void clear() {
        // a cleared map is usually a closed session's: let a big table go rather than keep it
        table = new Object[INITIAL_CAPACITY * SLOTS];
        mask = INITIAL_CAPACITY - 1;
        scrambled = false;
        size = 0;
        directFieldWrites = false;
        relationships = false;
    }
}
