package org.jalchemy.sql;

import java.util.Arrays;
import java.util.List;
import org.jalchemy.schema.Column;

/**
 * The structure of an element tree with its bind values left out, and its bind parameters in walk order.
 * A shape is its own cache key: two shapes are equal, and hash alike, when their structures are, whatever
 * their binds hold; equal shapes compile to the same SQL on one dialect.
 *
 * <p>A {@code Compiled} records, for each placeholder, the index of its bind in walk order; binding a new
 * statement of the same shape walks it and takes the values at those indexes, so the order in which the
 * compiler renders binds never has to match the walk order.
 * <pre>{@code
 * StatementShape shape = StatementShape.of(select(users).where(users.c("id").eq(5)));
 * shape.equals(StatementShape.of(select(users).where(users.c("id").eq(6)))); // true
 * }</pre>
 */
public final class StatementShape {
    private static final BindParameter<?>[] NO_BINDS = new BindParameter<?>[0];

    /**
     * How many parts the last walk made (at most {@link #MAX_START}): a statement built anew per call (a lookup
     * in a loop) has the same size every time, so the next walk starts with an array of exactly that size and
     * keeps it as is. Racy on purpose: any value is only a starting capacity. Written only when it changes, so
     * threads running the same statements do not bounce its cache line.
     */
    private static int lastSize = 32;

    /** The largest starting capacity, so that one huge statement does not make every later walk start huge. */
    private static final int MAX_START = 256;

    private final Object[] parts;
    private final int size;
    private final int hash;
    private final BindParameter<?>[] binds;
    private final int bindCount;

    private StatementShape(Object[] parts, int size, int hash, BindParameter<?>[] binds, int bindCount) {
        this.parts = parts;
        this.size = size;
        this.hash = hash;
        this.binds = binds;
        this.bindCount = bindCount;
    }

    /** Walks {@code element}. */
    public static StatementShape of(ClauseElement element) {
        return of(element, null);
    }

    /**
     * Walks {@code element}, comparing it part by part with {@code likely} (a shape this element probably has,
     * such as the last one a cache returned) instead of storing and hashing its parts. When the walk matches
     * {@code likely} to the end, the result shares its parts and hash and equals it at the cost of one
     * reference comparison; at the first part that differs, the walk goes on as a plain one from there.
     */
    public static StatementShape of(ClauseElement element, StatementShape likely) {
        KeyWalker walker = new KeyWalker(likely);
        walker.child(element);
        if (walker.expected != null) {
            if (walker.size == likely.size) {
                return new StatementShape(likely.parts, likely.size, likely.hash, walker.binds, walker.bindCount);
            }
            walker.diverge();
        }
        int used = Math.min(walker.size, MAX_START);
        if (used != lastSize) {
            lastSize = used;
        }
        // a shape outlives its walk (the statement memoizes it, the cache keeps it as a key): it holds an array
        // of its own size, never the spare capacity of a start sized for another statement or of a doubling
        Object[] parts = walker.parts.length == walker.size ? walker.parts : Arrays.copyOf(walker.parts, walker.size);
        return new StatementShape(parts, walker.size, walker.hash, walker.binds, walker.bindCount);
    }

    /**
     * This shape without its binds, sharing the structure: what a cache keeps as the key, so that it never
     * holds on to the values of the statement that filled it.
     */
    public StatementShape withoutBinds() {
        return bindCount == 0 ? this : new StatementShape(parts, size, hash, NO_BINDS, 0);
    }

    /** The bind parameters in walk order. */
    public List<BindParameter<?>> binds() {
        return List.of(Arrays.copyOf(binds, bindCount));
    }

    /** How many parts the key has, and how many slots its array holds (for tests: they must be equal). */
    int[] sizeAndCapacity() {
        return new int[] {size, parts.length};
    }

    /** How many bind parameters the walk met. */
    public int bindCount() {
        return bindCount;
    }

    /** The {@code index}th bind parameter in walk order. */
    public BindParameter<?> bind(int index) {
        if (index >= bindCount) {
            throw new IndexOutOfBoundsException(index);
        }
        return binds[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StatementShape other && other.hash == hash && other.size == size
                && (other.parts == parts || Arrays.equals(other.parts, 0, size, parts, 0, size));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "StatementShape" + Arrays.toString(Arrays.copyOf(parts, size));
    }

    /** Runs on every execution of a statement built anew, so it hashes as it goes and grows one array. */
    private static final class KeyWalker implements Walker {
        private Object[] parts;
        private int size;
        private int hash = 1;
        private BindParameter<?>[] binds = NO_BINDS;
        private int bindCount;
        /** The likely shape's parts while the walk still matches them; then {@code null}. */
        private Object[] expected;
        private int expectedSize;

        KeyWalker(StatementShape likely) {
            if (likely != null) {
                expected = likely.parts;
                expectedSize = likely.size;
            } else {
                parts = new Object[lastSize];
            }
        }

        @Override
        public void shape(Object attribute) {
            Object[] e = expected;
            if (e != null) {
                int i = size;
                if (i < expectedSize) {
                    Object x = e[i];
                    // the parts of a statement built anew are mostly the very objects of the last one
                    if (x == attribute || (x != null && x.equals(attribute))) {
                        size = i + 1;
                        return;
                    }
                }
                diverge();
            }
            if (size == parts.length) {
                parts = Arrays.copyOf(parts, size * 2);
            }
            parts[size++] = attribute;
            hash = 31 * hash + hash(attribute);
        }

        /** Leaves the likely shape: its matched prefix becomes this walk's own parts, hashed. */
        void diverge() {
            Object[] e = expected;
            expected = null;
            parts = new Object[Math.max(Math.max(size * 2, lastSize), 16)];
            System.arraycopy(e, 0, parts, 0, size);
            int h = 1;
            for (int i = 0; i < size; i++) {
                h = 31 * h + hash(parts[i]);
            }
            hash = h;
        }

        /**
         * {@code attribute.hashCode()}, without the virtual call for the parts that hash by identity (element
         * classes, table columns, operators): at this call site that call sees a dozen receiver types, and
         * dispatches to the native {@code Object.hashCode} instead of the intrinsic.
         */
        private static int hash(Object attribute) {
            if (attribute == null) {
                return 0;
            }
            if (attribute instanceof String string) {
                return string.hashCode();
            }
            if (attribute instanceof Integer number) {
                return number;
            }
            if (attribute instanceof Class<?> || attribute instanceof Column<?> || attribute instanceof Enum<?>) {
                return System.identityHashCode(attribute);
            }
            return attribute.hashCode();
        }

        @Override
        public void child(ClauseElement element) {
            if (element == null) {
                shape(null);
                return;
            }
            // a table's column is immutable and handed out as the same object every time, so the object
            // itself is its shape; walking its name, type and table would only cost time
            if (element instanceof Column<?> column && column.table() != null) {
                shape(column);
                return;
            }
            shape(element.getClass());
            element.walk(this);
        }

        @Override
        public void bind(BindParameter<?> parameter) {
            if (bindCount == binds.length) {
                binds = Arrays.copyOf(binds, Math.max(2, bindCount * 2));
            }
            binds[bindCount++] = parameter;
        }

        @Override
        public void from(FromClause from) {
            child(from);
        }
    }
}
