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

    /** {@code statement} compiled for {@code dialect}: from the cache, or compiled and cached. */
    Compiled get(Executable statement, Dialect dialect) {
        Object key = capacity > 0 ? statement.cacheKey() : null;
        if (key == null) {
            return statement.compile(dialect);
        }
        Compiled hit = map.get(key);
        if (hit != null) {
            return hit;
        }
        Compiled compiled = statement.compile(dialect);
        // a shape carries its statement's binds, and through them the values: the cache keeps the bare shape
        Object kept = key instanceof StatementShape shape ? shape.withoutBinds() : key;
        if (map.putIfAbsent(kept, compiled) == null) {
            evictIfFull(kept);
        }
        return compiled;
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
