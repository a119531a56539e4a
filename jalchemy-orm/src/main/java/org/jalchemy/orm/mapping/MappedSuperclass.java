package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A mixin superclass: its fields become columns of every mapped subclass's own table (the seed's
 * {@code TemplateTable}); it has no table of its own.
 * <pre>{@code
 * @MappedSuperclass public abstract class TemplateTable { @Id Integer id; String name; Integer age; }
 * @Entity("downtown_a_people") public class DowntownAPeople extends TemplateTable { }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MappedSuperclass {
}
