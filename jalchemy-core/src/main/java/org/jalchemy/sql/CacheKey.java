package org.jalchemy.sql;

import java.util.Arrays;

/**
 * A statement's structural key, with its hash computed once: the engine looks it up on every execution.
 * Equal keys mean the statements compile to the same SQL on one dialect.
 * <pre>{@code
 * Object k = select(users).where(users.c("id").eq(5)).cacheKey();
 * k.equals(select(users).where(users.c("id").eq(6)).cacheKey()); // true
 * }</pre>
 */
public final class CacheKey {
    private final Object[] parts;
    private final int size;
    private final int hash;

    /** Takes {@code parts[0..size)} without copying; {@code hash} is {@link Arrays#hashCode} of that range. */
    CacheKey(Object[] parts, int size, int hash) {
        this.parts = parts;
        this.size = size;
        this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey other && other.hash == hash && other.size == size
                && Arrays.equals(other.parts, 0, size, parts, 0, size);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + Arrays.toString(Arrays.copyOf(parts, size));
    }
}
