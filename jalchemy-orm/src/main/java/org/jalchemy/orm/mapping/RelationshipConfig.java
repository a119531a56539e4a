package org.jalchemy.orm.mapping;

import java.util.List;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnElement;

/**
 * The options of one relationship, for imperative mapping ({@code Orm.relationship(Address.class)} in the
 * {@code properties} of {@code registry.mapImperatively}) and read from {@link Relationship} annotations.
 * Immutable: each option returns a copy.
 * <pre>{@code
 * registry.mapImperatively(User.class, user, Map.of("addresses", relationship(Address.class).backref("user")));
 * relationship(Node.class).secondary(association).primaryjoin(node.c("id").eq(association.c("left")));
 * }</pre>
 */
public record RelationshipConfig(Class<?> target, String backref, String backPopulates, Object secondary,
        Object primaryjoin, Object secondaryjoin, Cascade cascade, List<Object> orderBy, Boolean uselist) {

    /** A relationship to {@code target} with defaults (cascade save-update and merge). */
    public static RelationshipConfig to(Class<?> target) {
        return new RelationshipConfig(target, null, null, null, null, null, Cascade.DEFAULT, List.of(), null);
    }

    /** Reads an annotation; {@code fieldTarget} is the class inferred from the field. */
    static RelationshipConfig of(Relationship r, Class<?> fieldTarget) {
        List<Object> order = r.orderBy().isBlank() ? List.of() : List.of((Object[]) r.orderBy().split("\\s*,\\s*"));
        return new RelationshipConfig(r.target() == void.class ? fieldTarget : r.target(), blank(r.backref()),
                blank(r.backPopulates()), blank(r.secondary()), blank(r.primaryjoin()), blank(r.secondaryjoin()),
                Cascade.parse(r.cascade()), order, null);
    }

    private static String blank(String s) {
        return s.isBlank() ? null : s;
    }

    /** The reverse relationship is created on the target's field {@code name}. */
    public RelationshipConfig backref(String name) {
        return new RelationshipConfig(target, name, backPopulates, secondary, primaryjoin, secondaryjoin, cascade,
                orderBy, uselist);
    }

    /** The reverse relationship is the target's own relationship {@code name}. */
    public RelationshipConfig backPopulates(String name) {
        return new RelationshipConfig(target, backref, name, secondary, primaryjoin, secondaryjoin, cascade,
                orderBy, uselist);
    }

    /** The association table of a many-to-many relationship. */
    public RelationshipConfig secondary(Table table) {
        return new RelationshipConfig(target, backref, backPopulates, table, primaryjoin, secondaryjoin, cascade,
                orderBy, uselist);
    }

    /** The association table by name, looked up in the mapped table's metadata. */
    public RelationshipConfig secondary(String tableName) {
        return new RelationshipConfig(target, backref, backPopulates, tableName, primaryjoin, secondaryjoin,
                cascade, orderBy, uselist);
    }

    /** The join condition from this class's table (to the secondary table for many-to-many): {@code a.eq(b)}. */
    public RelationshipConfig primaryjoin(ColumnElement<Boolean> condition) {
        return new RelationshipConfig(target, backref, backPopulates, secondary, condition, secondaryjoin, cascade,
                orderBy, uselist);
    }

    /** The join condition from the secondary table to the target. */
    public RelationshipConfig secondaryjoin(ColumnElement<Boolean> condition) {
        return new RelationshipConfig(target, backref, backPopulates, secondary, primaryjoin, condition, cascade,
                orderBy, uselist);
    }

    /** SQLAlchemy's cascade string, {@code "all, delete-orphan"}. */
    public RelationshipConfig cascade(String options) {
        return new RelationshipConfig(target, backref, backPopulates, secondary, primaryjoin, secondaryjoin,
                Cascade.parse(options), orderBy, uselist);
    }

    /** Order of a loaded collection: target columns, {@code desc(col)}, or target attribute names. */
    public RelationshipConfig orderBy(Object... terms) {
        return new RelationshipConfig(target, backref, backPopulates, secondary, primaryjoin, secondaryjoin, cascade,
                List.of(terms), uselist);
    }

    /** Whether the attribute is a collection; must agree with the field's type (checked at mapping). */
    public RelationshipConfig uselist(boolean value) {
        return new RelationshipConfig(target, backref, backPopulates, secondary, primaryjoin, secondaryjoin, cascade,
                orderBy, value);
    }
}
