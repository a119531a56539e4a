package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a static {@code Supplier} field of a mapped class: the client-side insert default of the named attribute
 * (SQLAlchemy's {@code default=datetime.utcnow}); annotations cannot hold a method reference, a field can.
 * With {@code onUpdate}, it is the attribute's {@code onupdate} default instead: set on every flushed UPDATE.
 * <pre>{@code
 * @DefaultFor("date") static final Supplier<LocalDateTime> NOW = LocalDateTime::now;
 * @DefaultFor(value = "updated", onUpdate = true) static final Supplier<LocalDateTime> TOUCH = LocalDateTime::now;
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface DefaultFor {
    /** The attribute (field) name. */
    String value();

    /** Whether this is the {@code onupdate} default rather than the insert default. */
    boolean onUpdate() default false;
}
