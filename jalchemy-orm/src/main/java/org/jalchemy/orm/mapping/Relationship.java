package org.jalchemy.orm.mapping;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a field to related objects (SQLAlchemy's {@code relationship()}): a {@code List}/{@code Set} field holds
 * a collection (one-to-many, or many-to-many with {@link #secondary()}), a field of a mapped class holds one
 * object (many-to-one). The target class is the field's (element) type; the direction comes from the foreign
 * keys between the tables. {@code uselist} is the field's type: a collection field is a list, any other a scalar.
 * <pre>{@code
 * @Relationship(backref = "user") List<Address> addresses;           // in User; Address declares "User user;"
 * @Relationship(backPopulates = "children") Parent parent;           // in Child
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Relationship {
    /** The related class; {@code void.class} means the field's type, or its element type for a collection. */
    Class<?> target() default void.class;

    /** The name of a field of the target class that becomes the reverse relationship, kept in sync in memory. */
    String backref() default "";

    /** The name of the reverse relationship the target class declares itself with {@code @Relationship}. */
    String backPopulates() default "";

    /** The name of the association table of a many-to-many relationship, in the same metadata. */
    String secondary() default "";

    /**
     * The join from this class to the target (or to {@link #secondary()}) when foreign keys do not decide it:
     * {@code "id == Association.left"}; a bare column name is a column of this class's table, several
     * comparisons are joined with {@code and}.
     */
    String primaryjoin() default "";

    /** The join from {@link #secondary()} to the target, as {@link #primaryjoin()}: {@code "id == Association.right"}. */
    String secondaryjoin() default "";

    /** SQLAlchemy's cascade string: {@code "save-update, merge"} (default), {@code "all, delete-orphan"}, ... */
    String cascade() default "save-update, merge";

    /** Order of a loaded collection: target attribute names, each optionally followed by {@code desc}. */
    String orderBy() default "";
}
