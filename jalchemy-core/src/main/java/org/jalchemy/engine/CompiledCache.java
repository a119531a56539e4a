package org.jalchemy.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jalchemy.sql.Executable;
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

    Compiled get(Executable statement, Function<Executable, Compiled> compiler) {
        Object key = capacity > 0 ? statement.cacheKey() : null;
        if (key == null) {
            return compiler.apply(statement);
        }
        Compiled hit = map.get(key);
        if (hit != null) {
            return hit;
        }
        Compiled compiled = compiler.apply(statement);
        if (map.putIfAbsent(key, compiled) == null) {
            evictIfFull(key);
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
