package org.jalchemy.orm.unitofwork;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jalchemy.orm.state.InstanceState;

/**
 * A session's pending or deleted objects with their states: compared by identity (mapped classes may override
 * {@code equals}) and kept in the order they were added, which is the order of their INSERTs within a table.
 * Adding 100,000 objects puts 100,000 entries here, so it is two parallel arrays in insertion order plus an
 * open-addressing table of indexes: no key, entry or node object per object.
 * <pre>{@code
 * ObjectsInOrder pending = new ObjectsInOrder();
 * pending.put(user, state);
 * pending.entries(); // [Entry[obj=user, state=...]]
 * }</pre>
 */
public final class ObjectsInOrder {
    private static final int INITIAL = 16;
    private static final int EMPTY = 0;
    private static final int REMOVED = -1;

    private Object[] objs = new Object[INITIAL];
    private InstanceState[] states = new InstanceState[INITIAL];
    /** How many array positions are used, removed ones included. */
    private int end;
    private int size;
    /** Per hash slot: {@link #EMPTY}, {@link #REMOVED}, or the array position plus one. */
    private int[] table = new int[INITIAL * 2];
    /**
     * Every mapper of an object added since the last clear, noted while its state is still in cache: flush asks
     * these few mappers (relationships? listeners?) instead of walking 100,000 states to ask each.
     */
    private final List<org.jalchemy.orm.mapping.Mapper<?>> mappers = new ArrayList<>(2);
    private org.jalchemy.orm.mapping.Mapper<?> lastMapper;

    private static int hash(Object o) {
        int h = System.identityHashCode(o);
        return h ^ (h >>> 16);
    }

    /** The hash slot holding {@code o}, or -1. */
    private int slotOf(Object o) {
        int[] t = table;
        int mask = t.length - 1;
        for (int i = hash(o) & mask; ; i = (i + 1) & mask) {
            int v = t[i];
            if (v == EMPTY) {
                return -1;
            }
            if (v > 0 && objs[v - 1] == o) {
                return i;
            }
        }
    }

    /** Adds or replaces {@code o}'s state; returns the state it had here before, or null. */
    public InstanceState put(Object o, InstanceState state) {
        int slot = slotOf(o);
        if (slot >= 0) {
            int at = table[slot] - 1;
            InstanceState old = states[at];
            states[at] = state;
            return old;
        }
        if ((end + 1) * 2 > table.length) {
            rebuild(size + 1);
        }
        if (end == objs.length) {
            objs = Arrays.copyOf(objs, end * 2);
            states = Arrays.copyOf(states, end * 2);
        }
        objs[end] = o;
        states[end] = state;
        end++;
        org.jalchemy.orm.mapping.Mapper<?> m = state.mapper();
        if (m != lastMapper) {
            lastMapper = m;
            if (!mappers.contains(m)) {
                mappers.add(m);
            }
        }
        size++;
        int[] t = table;
        int mask = t.length - 1;
        int i = hash(o) & mask;
        while (t[i] > 0) {
            i = (i + 1) & mask;
        }
        t[i] = end;
        return null;
    }

    public InstanceState get(Object o) {
        int slot = slotOf(o);
        return slot < 0 ? null : states[table[slot] - 1];
    }

    public boolean containsKey(Object o) {
        return size > 0 && slotOf(o) >= 0;
    }

    /** Removes {@code o}; returns the state it had here, or null. */
    public InstanceState remove(Object o) {
        if (size == 0) {
            return null;
        }
        int slot = slotOf(o);
        if (slot < 0) {
            return null;
        }
        int at = table[slot] - 1;
        InstanceState old = states[at];
        table[slot] = REMOVED;
        objs[at] = null;
        states[at] = null;
        size--;
        return old;
    }

    /** Compacts the arrays (dropping removed positions) and rehashes into a table for {@code expected} entries. */
    private void rebuild(int expected) {
        int live = 0;
        for (int i = 0; i < end; i++) {
            if (objs[i] != null) {
                objs[live] = objs[i];
                states[live] = states[i];
                live++;
            }
        }
        Arrays.fill(objs, live, end, null);
        Arrays.fill(states, live, end, null);
        end = live;
        // at most a quarter full after rebuilding, so appends run a while before the next one
        int capacity = Integer.highestOneBit(Math.max(INITIAL, expected) * 4 - 1) << 1;
        int[] t = new int[capacity];
        int mask = capacity - 1;
        for (int at = 0; at < end; at++) {
            int i = hash(objs[at]) & mask;
            while (t[i] != EMPTY) {
                i = (i + 1) & mask;
            }
            t[i] = at + 1;
        }
        table = t;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public void clear() {
        objs = new Object[INITIAL];
        states = new InstanceState[INITIAL];
        table = new int[INITIAL * 2];
        end = 0;
        size = 0;
        mappers.clear();
        lastMapper = null;
    }

    /** The mappers of the objects added since the last {@link #clear()} (perhaps of some removed since too). */
    public List<org.jalchemy.orm.mapping.Mapper<?>> mappers() {
        return java.util.Collections.unmodifiableList(mappers);
    }

    /** The objects with their states, in the order they were added. */
    public List<UnitOfWork.Entry> entries() {
        List<UnitOfWork.Entry> out = new ArrayList<>(size);
        for (int i = 0; i < end; i++) {
            if (objs[i] != null) {
                out.add(new UnitOfWork.Entry(objs[i], states[i]));
            }
        }
        return out;
    }

    /** The objects, in the order they were added. */
    public List<Object> objects() {
        List<Object> out = new ArrayList<>(size);
        for (int i = 0; i < end; i++) {
            if (objs[i] != null) {
                out.add(objs[i]);
            }
        }
        return out;
    }
}
