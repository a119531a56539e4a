package org.jalchemy.orm.mapping;

import java.util.HashMap;
import java.util.Map;
import org.jalchemy.orm.state.AttributeHooks;

/**
 * The base of entity classes defined at run time for tables known only at run time (the seed's
 * {@code type(name, (Base,), cols)}): attributes are read and written by name, and the ORM tracks them
 * exactly as it tracks instrumented accessors.
 * <pre>{@code
 * Class<? extends DynamicEntity> t1 = registry.defineEntity("Table1", Column.of("id", INTEGER).primaryKey());
 * DynamicEntity row = registry.mapper(t1).newInstance(); row.set("id", 1);
 * }</pre>
 */
public class DynamicEntity {
    private final Map<String, Object> values = new HashMap<>();

    /** The value of attribute {@code name}, loaded first if expired. */
    public Object get(String name) {
        AttributeHooks.beforeRead(this, name);
        return values.get(name);
    }

    /** Sets attribute {@code name}; the next flush sends it. */
    public DynamicEntity set(String name, Object value) {
        values.put(name, value);
        AttributeHooks.afterWrite(this, name);
        return this;
    }

    Object raw(String name) {
        return values.get(name);
    }

    void raw(String name, Object value) {
        values.put(name, value);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + values;
    }

    /** The raw accessor of one attribute of a dynamic entity. */
    static final class Accessor implements AttributeAccessor {
        private final String name;

        Accessor(String name) {
            this.name = name;
        }

        @Override
        public Object get(Object obj) {
            return ((DynamicEntity) obj).raw(name);
        }

        @Override
        public void set(Object obj, Object value) {
            ((DynamicEntity) obj).raw(name, value);
        }
    }
}
