package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class for declarative mapping onto a table named {@link #value()} (SQLAlchemy's
 * {@code __tablename__}); {@code Registry.map} reads it with the {@link MappedColumn} fields.
 * <pre>{@code
 * @Entity("User")
 * public class User { @Id Integer id; @MappedColumn(nullable = false) String name; }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Entity {
    /** The table name; empty means the class's simple name. */
    String value() default "";

    /** The table's schema; empty means the registry metadata's default. */
    String schema() default "";
}
