package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integer field as the entity's version counter (SQLAlchemy's {@code version_id_col}, JPA's
 * {@code @Version}): every flushed UPDATE or DELETE matches the version the object last saw and an UPDATE sets the
 * next one, so a row that another session changed in between fails the flush with {@code StaleDataError} instead of
 * being overwritten. A new object's null counter starts at 1; a primitive one at its Java default, 0.
 * <pre>{@code
 * @Version Integer version;
 * session.commit(); // UPDATE users SET name=?, version=? WHERE users.id = ? AND users.version = ?
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Version {
}
