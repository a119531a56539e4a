package org.jalchemy.orm.mapping;

import org.jalchemy.orm.state.AttributeHooks;
import org.jalchemy.schema.Column;

/**
 * One mapped attribute: its name on the class, its position in the mapper (and in every snapshot array),
 * the table column it maps, and how to reach its raw value. Mirrors SQLAlchemy's {@code ColumnProperty}.
 * <pre>{@code
 * ColumnProperty p = mapper.property("name");
 * p.accessor().get(user); p.column().name(); // "name"
 * }</pre>
 */
public record ColumnProperty(String name, int index, Column<?> column, AttributeAccessor accessor) {

    /** The raw value of this attribute on {@code obj}, without triggering a load. */
    public Object get(Object obj) {
        return accessor.get(obj);
    }

    /**
     * Stores {@code value} on {@code obj} without marking it modified (its committed values, when their copy was
     * deferred to the fields, are kept first).
     */
    public void set(Object obj, Object value) {
        AttributeHooks.beforeWrite(obj);
        accessor.set(obj, value);
    }
}
