package org.jalchemy.sql;

import java.util.Arrays;
import java.util.List;

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
    private final int hash;

    CacheKey(List<Object> parts) {
        this.parts = parts.toArray();
        this.hash = Arrays.hashCode(this.parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CacheKey other && other.hash == hash && Arrays.equals(other.parts, parts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return "CacheKey" + Arrays.toString(parts);
    }
}
