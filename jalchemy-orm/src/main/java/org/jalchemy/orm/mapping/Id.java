package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a primary key field; short for {@code @MappedColumn(primaryKey = true)} and combinable with it.
 * <pre>{@code
 * @Id Integer id;
 * @Id @MappedColumn(name = "user_id") Integer id;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {
}
