package org.jalchemy.orm.mapping;

/**
 * Which side holds the foreign key, as SQLAlchemy's {@code ONETOMANY}/{@code MANYTOONE}/{@code MANYTOMANY}.
 * <pre>{@code
 * mapper.relationship("addresses").direction(); // ONE_TO_MANY
 * }</pre>
 */
public enum RelationshipDirection {
    /** The target's table references this class's table: a collection of children. */
    ONE_TO_MANY,
    /** This class's table references the target's: one parent. */
    MANY_TO_ONE,
    /** An association table references both. */
    MANY_TO_MANY
}
