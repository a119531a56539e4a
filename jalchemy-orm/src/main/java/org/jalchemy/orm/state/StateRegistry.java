package org.jalchemy.orm.state;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the {@link InstanceState} of a mapped object. Instrumented accessors cannot add a field to a class
 * that is already loaded (the JVM forbids schema changes on retransformation), so the state lives beside the
 * object in a weak identity map: an object nobody references any more takes its state with it. A class
 * enhanced at build time ({@link EnhancedEntity}) keeps its state in a field instead, and never touches the map.
 * <pre>{@code
 * InstanceState s = StateRegistry.lookup(user); // null for an object no session has seen
 * }</pre>
 */
public final class StateRegistry {
    // sized for a large session so that loading does not spend its time rehashing
    private static final ConcurrentHashMap<Object, InstanceState> STATES = new ConcurrentHashMap<>(1 << 16);
    private static final ReferenceQueue<Object> CLEARED = new ReferenceQueue<>();

    private StateRegistry() {
    }

    /** The state of {@code obj}, or {@code null} when it has none. */
    public static InstanceState lookup(Object obj) {
        if (obj instanceof EnhancedEntity e) {
            Object held = e.$jalchemy$state();
            if (held instanceof InstanceState s) {
                if (s.enhancedObject != obj) {
                    // a clone (Object.clone copies fields): a new object, with no state of its own yet
                    e.$jalchemy$state(null);
                    return null;
                }
                return s;
            }
            return held == null ? null : ((SharedLoadState) held).materialize(obj);
        }
        // the common case of plain objects before any mapping costs one volatile-free size check
        if (STATES.isEmpty()) {
            return null;
        }
        return STATES.get(new Probe(obj));
    }

    /**
     * Whether {@code obj} still shares the state of the query that loaded it, and the session has not expired its
     * objects since: a getter then has nothing to load, and the object no state of its own to look at.
     */
    public static boolean isSharedAndCurrent(Object obj) {
        return obj instanceof EnhancedEntity e && e.$jalchemy$state() instanceof SharedLoadState shared
                && !shared.expiredSinceLoad();
    }

    /** Whether {@code obj} still shares the state of the query that loaded it (it was never written since). */
    public static boolean isShared(Object obj) {
        return obj instanceof EnhancedEntity e && e.$jalchemy$state() instanceof SharedLoadState;
    }

    /** Records {@code state} as the state of {@code obj}. */
    public static void register(Object obj, InstanceState state) {
        if (obj instanceof EnhancedEntity e) {
            state.enhancedObject = obj;
            e.$jalchemy$state(state);
            return;
        }
        purge();
        STATES.put(new WeakKey(obj, CLEARED), state);
    }

    /** Forgets the state of {@code obj}. */
    public static void remove(Object obj) {
        if (obj instanceof EnhancedEntity e) {
            e.$jalchemy$state(null);
            return;
        }
        STATES.remove(new Probe(obj));
    }

    /** How many unenhanced objects currently have a state in the weak map (for tests). */
    public static int size() {
        purge();
        return STATES.size();
    }

    private static void purge() {
        Object ref;
        while ((ref = CLEARED.poll()) != null) {
            STATES.remove(ref);
        }
    }

    /** The stored key: compares by the identity of its referent; a cleared key only equals itself. */
    private static final class WeakKey extends WeakReference<Object> {
        private final int hash;

        WeakKey(Object referent, ReferenceQueue<Object> queue) {
            super(referent, queue);
            this.hash = System.identityHashCode(referent);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            Object mine = get();
            if (mine == null) {
                return false;
            }
            if (o instanceof Probe p) {
                return p.obj == mine;
            }
            return o instanceof WeakKey w && w.get() == mine;
        }
    }

    /** A short-lived lookup key that holds its object strongly; escape analysis usually removes it. */
    private static final class Probe {
        private final Object obj;

        Probe(Object obj) {
            this.obj = obj;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(obj);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof WeakKey w ? w.get() == obj : o instanceof Probe p && p.obj == obj;
        }
    }
}
