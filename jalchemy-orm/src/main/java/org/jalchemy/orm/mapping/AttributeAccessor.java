package org.jalchemy.orm.mapping;

/**
 * Reads and writes one attribute's raw value, bypassing the instrumented accessors (so loading and flushing
 * never trigger the attribute hooks).
 * <pre>{@code
 * Object v = accessor.get(user);
 * accessor.set(user, "ed");
 * }</pre>
 */
public interface AttributeAccessor {
    Object get(Object obj);

    void set(Object obj, Object value);
}
