package org.jalchemy.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.StatementShape;
import org.jalchemy.sql.compiler.Compiled;

/**
 * The engine's cache of compiled statements by structural key, as SQLAlchemy's compiled cache: lookups are
 * lock-free; when it grows past its size the oldest half is dropped.
 */
final class CompiledCache {
    private final int capacity;
    private final ConcurrentHashMap<Object, Compiled> map = new ConcurrentHashMap<>();
    private final LinkedHashMap<Object, Boolean> order = new LinkedHashMap<>();

    CompiledCache(int capacity) {
        this.capacity = capacity;
    }

    /**
     * {@code statement} compiled for {@code dialect}: from the cache, or compiled and cached. Given the
     * {@code recent} lookup of the connection asking, a statement first compares itself with that shape: a
     * connection in a loop mostly runs one shape again, and a match costs neither a hash nor a map lookup.
     */
    Compiled get(Executable statement, Dialect dialect, Recent recent) {
        if (capacity <= 0) {
            return statement.compile(dialect);
        }
        Object likely = recent == null ? null : recent.key;
        Object key = statement.cacheKey(likely);
        if (key == null) {
            return statement.compile(dialect);
        }
        if (likely != null && likely.equals(key)) {
            return recent.compiled;
        }
        Compiled hit = map.get(key);
        if (hit != null) {
            if (recent != null) {
                recent.remember(key, hit);
            }
            return hit;
        }
        Compiled compiled = statement.compile(dialect);
        // a shape carries its statement's binds, and through them the values: the cache keeps the bare shape
        Object kept = key instanceof StatementShape shape ? shape.withoutBinds() : key;
        if (map.putIfAbsent(kept, compiled) == null) {
            evictIfFull(kept);
        }
        if (recent != null) {
            recent.remember(kept, compiled);
        }
        return compiled;
    }

    /**
     * The shape one connection looked up last, without binds, and what it compiled to. A connection is used by
     * one thread at a time, so keeping this per connection costs two plain writes that no other core sees,
     * where one field shared by the engine would bounce between the cores of threads running different shapes.
     */
    static final class Recent {
        private Object key;
        private Compiled compiled;

        private void remember(Object key, Compiled compiled) {
            if (compiled != this.compiled) {
                this.key = key instanceof StatementShape shape ? shape.withoutBinds() : key;
                this.compiled = compiled;
            }
        }
    }

    private void evictIfFull(Object added) {
        synchronized (order) {
            order.put(added, Boolean.TRUE);
            if (order.size() > capacity) {
                var it = order.entrySet().iterator();
                for (int i = capacity / 2; i > 0 && it.hasNext(); i--) {
                    Map.Entry<Object, Boolean> oldest = it.next();
                    map.remove(oldest.getKey());
                    it.remove();
                }
            }
        }
    }

    int size() {
        return map.size();
    }
}
