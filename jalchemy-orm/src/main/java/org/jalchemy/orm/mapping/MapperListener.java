package org.jalchemy.orm.mapping;

import org.jalchemy.engine.Connection;

/**
 * Typed mapper events (SQLAlchemy's {@code before_insert}, {@code after_insert}, ..., {@code load}): called
 * by the unit of work around each object's INSERT, UPDATE and DELETE, and by the loader for each new object
 * built from a row. A {@code before*} listener may still change the object's attributes.
 * <pre>{@code
 * registry.mapper(User.class).listen(new MapperListener<User>() {
 *     public void beforeInsert(Mapper<User> m, Connection c, User u) { u.setName(u.getName().trim()); } });
 * }</pre>
 */
public interface MapperListener<T> {
    default void beforeInsert(Mapper<T> mapper, Connection connection, T target) {
    }

    default void afterInsert(Mapper<T> mapper, Connection connection, T target) {
    }

    default void beforeUpdate(Mapper<T> mapper, Connection connection, T target) {
    }

    default void afterUpdate(Mapper<T> mapper, Connection connection, T target) {
    }

    default void beforeDelete(Mapper<T> mapper, Connection connection, T target) {
    }

    default void afterDelete(Mapper<T> mapper, Connection connection, T target) {
    }

    /** A new object was built from a row (not called for objects already in the identity map). */
    default void load(T target) {
    }
}
