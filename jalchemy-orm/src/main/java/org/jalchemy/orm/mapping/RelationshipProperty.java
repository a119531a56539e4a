package org.jalchemy.orm.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jalchemy.Jalchemy;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.state.Instrumenter;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKey;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Operator;

/**
 * One relationship attribute of a mapper (SQLAlchemy's {@code RelationshipProperty}): the field holding the
 * related object or collection, the target mapper, the direction and the column pairs that join the two
 * tables, the reverse relationship (backref / back_populates) and the cascade. Built when a class is mapped,
 * resolved ("configured") once its target class is mapped too, as SQLAlchemy's {@code configure_mappers()}.
 * <pre>{@code
 * RelationshipProperty p = Mappers.of(User.class).relationship("addresses");
 * p.direction(); // ONE_TO_MANY;  p.reverse().name(); // "user"
 * }</pre>
 */
public final class RelationshipProperty {
    /** What the field holds. */
    public enum Kind { LIST, SET, SCALAR }

    private final Mapper<?> parent;
    private final String name;
    private final RelationshipConfig config;
    private final Field field;
    private final AttributeAccessor accessor;
    private final Kind kind;
    private final int index;
    private final RelationshipProperty backrefOf;

    /** Set while configuring (it guards the backref's recursive configure), published complete by {@link #ready}. */
    private boolean configured;
    /** True once target, join columns and reverse are all set: what other threads may rely on. */
    private volatile boolean ready;
    private Mapper<?> target;
    private RelationshipDirection direction;
    private Table secondary;
    /** Columns of the parent table: the parent's key (one-to-many, many-to-many) or its foreign key (many-to-one). */
    private List<Column<?>> localColumns;
    /** Their partners: in the target table, or in the secondary table for many-to-many. */
    private List<Column<?>> remoteColumns;
    /** Many-to-many: the target table's key columns and their partners in the secondary table. */
    private List<Column<?>> targetColumns;
    private List<Column<?>> secondaryTargetColumns;
    private RelationshipProperty reverse;
    private List<Object> orderBy;

    RelationshipProperty(Mapper<?> parent, String name, RelationshipConfig config, Field field, int index,
            RelationshipProperty backrefOf) {
        this.parent = parent;
        this.name = name;
        this.config = config;
        this.field = field;
        this.accessor = FieldAccessor.of(field);
        this.index = index;
        this.backrefOf = backrefOf;
        if (java.util.List.class.isAssignableFrom(field.getType()) || field.getType() == Collection.class) {
            kind = Kind.LIST;
        } else if (Set.class.isAssignableFrom(field.getType())) {
            kind = Kind.SET;
        } else if (Collection.class.isAssignableFrom(field.getType()) || field.getType().isArray()
                || java.util.Map.class.isAssignableFrom(field.getType())) {
            throw new ArgumentError("Relationship " + this + ": field type " + field.getType().getSimpleName()
                    + " is not supported; declare it as List<...>, Set<...> or the related class");
        } else {
            kind = Kind.SCALAR;
        }
        if (config.uselist() != null && config.uselist() != (kind != Kind.SCALAR)) {
            throw new ArgumentError("Relationship " + this + " has uselist=" + config.uselist() + " but its field is "
                    + field.getType().getSimpleName() + "; the field's type decides: List/Set for a collection,"
                    + " the related class for a single object");
        }
        if (Modifier.isFinal(field.getModifiers())) {
            throw new ArgumentError("Relationship field " + field + " must not be final: jalchemy replaces the"
                    + " collection with an instrumented one");
        }
    }

    /** The class a relationship field refers to: the field's type, or its collection's element type. */
    static Class<?> elementType(Field f) {
        if (!Collection.class.isAssignableFrom(f.getType())) {
            return f.getType();
        }
        Type g = f.getGenericType();
        if (g instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /** Instruments the field's accessors with the relationship advice. */
    void instrument() {
        List<Instrumenter.Accessor> found = new ArrayList<>();
        for (Instrumenter.Accessor a : AccessorFinder.find(parent.mappedClass(), List.of(name))) {
            found.add(new Instrumenter.Accessor(a.method(), a.attribute(), a.write(), true));
        }
        Instrumenter.instrument(found);
    }

    public Mapper<?> parent() {
        return parent;
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }

    public Kind kind() {
        return kind;
    }

    /** Whether the attribute holds a collection (SQLAlchemy's {@code uselist}). */
    public boolean isCollection() {
        return kind != Kind.SCALAR;
    }

    public Cascade cascade() {
        return config.cascade();
    }

    public AttributeAccessor accessor() {
        return accessor;
    }

    /** The raw field value, without loading. */
    public Object get(Object obj) {
        return accessor.get(obj);
    }

    public void set(Object obj, Object value) {
        accessor.set(obj, value);
    }

    /** The class named by the mapping, which may not be mapped yet. */
    public Class<?> targetClass() {
        return config.target();
    }

    public boolean isConfigured() {
        return ready;
    }

    public Mapper<?> target() {
        return requireConfigured().target;
    }

    public RelationshipDirection direction() {
        return requireConfigured().direction;
    }

    public Table secondary() {
        return requireConfigured().secondary;
    }

    public List<Column<?>> localColumns() {
        return requireConfigured().localColumns;
    }

    public List<Column<?>> remoteColumns() {
        return requireConfigured().remoteColumns;
    }

    public List<Column<?>> targetColumns() {
        return requireConfigured().targetColumns;
    }

    public List<Column<?>> secondaryTargetColumns() {
        return requireConfigured().secondaryTargetColumns;
    }

    /** The reverse relationship (backref or back_populates), or null. */
    public RelationshipProperty reverse() {
        return requireConfigured().reverse;
    }

    /** ORDER BY terms for loading the collection. */
    public List<Object> orderBy() {
        return requireConfigured().orderBy;
    }

    private RelationshipProperty requireConfigured() {
        if (!ready) {
            Mappers.configure();
        }
        return this;
    }

    /** The ON clause from the parent's table to the target's (to the secondary table for many-to-many). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public ColumnElement<Boolean> primaryJoin() {
        requireConfigured();
        return conjoin(localColumns, remoteColumns);
    }

    /** Many-to-many: the ON clause from the secondary table to the target's. */
    public ColumnElement<Boolean> secondaryJoin() {
        requireConfigured();
        return conjoin(secondaryTargetColumns, targetColumns);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> conjoin(List<Column<?>> a, List<Column<?>> b) {
        List<ColumnElement<Boolean>> parts = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            parts.add(((Column) a.get(i)).eq((ColumnElement) b.get(i)));
        }
        return parts.size() == 1 ? parts.get(0) : Jalchemy.and(parts.toArray(ColumnElement[]::new));
    }

    // ---- configuration --------------------------------------------------------------------------------------

    /** Whether the target class is mapped, so {@link #configure()} can run. */
    boolean ready() {
        return Mappers.find(config.target()) != null;
    }

    /** Resolves the target, the join columns and the reverse relationship; a clear error when they are wrong. */
    synchronized void configure() {
        if (configured) {
            return;
        }
        try {
            configureOnce();
            ready = true;
        } catch (RuntimeException | Error e) {
            // a half-configured relationship must not look configured: the next use tries again and fails the same way
            configured = false;
            if (reverse != null && reverse.reverse == this && reverse.backrefOf != this) {
                reverse.reverse = null;
            }
            reverse = null;
            throw e;
        }
    }

    private void configureOnce() {
        if (config.target() == null) {
            throw new ArgumentError("Relationship " + this + ": cannot infer the target class from the field's"
                    + " type; give @Relationship(target = ...)");
        }
        Mapper<?> t = Mappers.find(config.target());
        if (t == null) {
            throw new InvalidRequestError("When initializing mapper " + parent + ", relationship '" + this
                    + "' refers to class " + config.target().getName() + ", which is not mapped; map it in the"
                    + " registry too");
        }
        Class<?> element = elementType(field);
        if (element != null && !element.isAssignableFrom(t.mappedClass())) {
            throw new ArgumentError("Relationship " + this + " targets " + t.mappedClass().getSimpleName()
                    + " but its field holds " + element.getSimpleName());
        }
        target = t;
        if (backrefOf != null) {
            mirror(backrefOf);
        } else {
            resolveJoin();
        }
        orderBy = new ArrayList<>();
        for (Object o : config.orderBy()) {
            if (o instanceof String s) {
                String[] parts = s.trim().split("\\s+");
                Column<?> c = target.column(parts[0]);
                orderBy.add(parts.length > 1 && parts[1].equalsIgnoreCase("desc") ? c.desc() : c);
            } else {
                orderBy.add(o);
            }
        }
        configured = true;
        if (config.backref() != null && config.backPopulates() != null) {
            throw new ArgumentError("Relationship " + this + " gives both backref and back_populates; use one");
        }
        if (config.backref() != null) {
            createBackref(config.backref());
        } else if (config.backPopulates() != null) {
            RelationshipProperty other = target.relationshipOrNull(config.backPopulates());
            if (other == null) {
                throw new InvalidRequestError("Relationship " + this + " has back_populates='"
                        + config.backPopulates() + "', but mapper " + target + " has no relationship named '"
                        + config.backPopulates() + "'; declare it with @Relationship(backPopulates = \"" + name
                        + "\")");
            }
            if (other.config.backPopulates() != null && !other.config.backPopulates().equals(name)) {
                throw new ArgumentError("Relationships " + this + " and " + other + " do not back-populate each"
                        + " other: " + other + " names '" + other.config.backPopulates() + "'");
            }
            if (other.target != null && other.configured && other.target != parent) {
                throw new ArgumentError("back_populates: " + other + " does not refer to " + parent);
            }
            reverse = other;
            other.reverse = this;
        }
    }

    private void createBackref(String backName) {
        Field f = ImperativeMapping.findField(target.mappedClass(), backName);
        if (f == null) {
            throw new ArgumentError("Relationship " + this + " has backref='" + backName + "', but class "
                    + target.mappedClass().getName() + " has no field '" + backName + "'. Java classes cannot grow"
                    + " attributes at run time: declare the field (" + parent.mappedClass().getSimpleName() + " "
                    + backName + " for a single object, List<" + parent.mappedClass().getSimpleName() + "> "
                    + backName + " for a collection) in " + target.mappedClass().getSimpleName());
        }
        if (target.relationshipOrNull(backName) != null) {
            throw new ArgumentError("Error creating backref '" + backName + "' on relationship '" + this
                    + "': property of that name exists on mapper '" + target + "'; use back_populates instead");
        }
        if (target.indexOf(backName) >= 0) {
            throw new ArgumentError("Error creating backref '" + backName + "' on relationship '" + this
                    + "': " + target.mappedClass().getSimpleName() + "." + backName + " is a mapped column");
        }
        RelationshipConfig rc = RelationshipConfig.to(parent.mappedClass());
        RelationshipProperty back = target.addRelationship(backName, rc, f, this);
        reverse = back;
        back.reverse = this;
        try {
            back.configure();
            back.instrument();
        } catch (RuntimeException | Error e) {
            // take the half-built backref off the target again, so a retry reports this error, not "exists"
            target.removeBroken(back);
            throw e;
        }
    }

    /** The backref side: the same columns seen from the other end. */
    private void mirror(RelationshipProperty forward) {
        secondary = forward.secondary;
        switch (forward.direction) {
            case ONE_TO_MANY -> {
                direction = RelationshipDirection.MANY_TO_ONE;
                localColumns = forward.remoteColumns;
                remoteColumns = forward.localColumns;
            }
            case MANY_TO_ONE -> {
                direction = RelationshipDirection.ONE_TO_MANY;
                localColumns = forward.remoteColumns;
                remoteColumns = forward.localColumns;
            }
            default -> {
                direction = RelationshipDirection.MANY_TO_MANY;
                localColumns = forward.targetColumns;
                remoteColumns = forward.secondaryTargetColumns;
                targetColumns = forward.localColumns;
                secondaryTargetColumns = forward.remoteColumns;
            }
        }
        checkKind();
    }

    private void resolveJoin() {
        Table pt = parent.table();
        Table tt = target.table();
        Object sec = config.secondary();
        if (sec != null) {
            secondary = sec instanceof Table tab ? tab : pt.metadata() == null ? null : pt.metadata().tables().get((String) sec);
            if (secondary == null) {
                throw new InvalidRequestError("Relationship " + this + ": secondary table '" + sec + "' is not in the"
                        + " metadata of table '" + pt.name() + "'; define it there first");
            }
            direction = RelationshipDirection.MANY_TO_MANY;
            List<Column<?>[]> primary = config.primaryjoin() != null ? pairs(config.primaryjoin(), pt, "primaryjoin")
                    : fkPairs(secondary, pt, null, "parent");
            localColumns = new ArrayList<>();
            remoteColumns = new ArrayList<>();
            for (Column<?>[] p : primary) {
                boolean firstIsSecondary = p[0].table() == secondary;
                localColumns.add(firstIsSecondary ? p[1] : p[0]);
                remoteColumns.add(firstIsSecondary ? p[0] : p[1]);
            }
            List<Column<?>[]> sj = config.secondaryjoin() != null ? pairs(config.secondaryjoin(), tt, "secondaryjoin")
                    : fkPairs(secondary, tt, remoteColumns, "child");
            targetColumns = new ArrayList<>();
            secondaryTargetColumns = new ArrayList<>();
            for (Column<?>[] p : sj) {
                boolean firstIsSecondary = p[0].table() == secondary;
                targetColumns.add(firstIsSecondary ? p[1] : p[0]);
                secondaryTargetColumns.add(firstIsSecondary ? p[0] : p[1]);
            }
            for (Column<?> c : remoteColumns) {
                check(c.table() == secondary, "primaryjoin must compare columns of '" + pt.name() + "' with columns of '"
                        + secondary.name() + "'");
            }
            for (Column<?> c : secondaryTargetColumns) {
                check(c.table() == secondary, "secondaryjoin must compare columns of '" + secondary.name()
                        + "' with columns of '" + tt.name() + "'");
            }
            checkKind();
            return;
        }
        List<Column<?>[]> pairs;
        if (config.primaryjoin() != null) {
            pairs = pairs(config.primaryjoin(), pt, "primaryjoin");
        } else {
            List<Column<?>[]> toParent = fkPairs(tt, pt, null, null);
            List<Column<?>[]> toTarget = pt == tt ? List.of() : fkPairs(pt, tt, null, null);
            if (toParent.isEmpty() && toTarget.isEmpty()) {
                throw new ArgumentError("Could not determine join condition between parent/child tables on"
                        + " relationship " + this + " - there are no foreign keys linking these tables ('"
                        + pt.name() + "', '" + tt.name() + "'). Ensure that referencing columns are associated with"
                        + " a ForeignKey, or specify a 'primaryjoin' expression.");
            }
            if (!toParent.isEmpty() && !toTarget.isEmpty()) {
                throw new ArgumentError("Could not determine join condition between parent/child tables on"
                        + " relationship " + this + " - there are foreign keys in both directions between '"
                        + pt.name() + "' and '" + tt.name() + "'. Specify the 'primaryjoin' expression.");
            }
            pairs = toParent.isEmpty() ? toTarget : toParent;
        }
        // a pair is (referencing column, referenced column) once oriented by its foreign key
        localColumns = new ArrayList<>();
        remoteColumns = new ArrayList<>();
        RelationshipDirection dir = null;
        for (Column<?>[] p : pairs) {
            Column<?> fkCol = references(p[0], p[1]) ? p[0] : references(p[1], p[0]) ? p[1] : null;
            if (fkCol == null) {
                throw new ArgumentError("Relationship " + this + ": no ForeignKey links " + describe(p[0]) + " and "
                        + describe(p[1]) + " in its primaryjoin; mark the referencing column with a ForeignKey");
            }
            Column<?> refCol = fkCol == p[0] ? p[1] : p[0];
            RelationshipDirection d;
            if (pt == tt) {
                // parent and child rows of one table go out in one batch before any key is copied, so a new
                // parent's generated key could not reach its new children: refuse rather than write NULL
                throw new ArgumentError("Relationship " + this + " is self-referential within table '" + pt.name()
                        + "' (one-to-many/many-to-one); this is not supported yet: new parent and child rows would"
                        + " need ordering within one table (SQLAlchemy's post_update). Link the rows through an"
                        + " association table (secondary) instead");
            } else {
                d = fkCol.table() == pt ? RelationshipDirection.MANY_TO_ONE : RelationshipDirection.ONE_TO_MANY;
            }
            if (dir != null && dir != d) {
                throw new ArgumentError("Relationship " + this + ": its primaryjoin mixes foreign keys of both tables");
            }
            dir = d;
            if (d == RelationshipDirection.MANY_TO_ONE) {
                localColumns.add(fkCol);
                remoteColumns.add(refCol);
            } else {
                localColumns.add(refCol);
                remoteColumns.add(fkCol);
            }
        }
        direction = dir;
        checkKind();
    }

    private void checkKind() {
        if (direction == RelationshipDirection.MANY_TO_ONE && kind != Kind.SCALAR) {
            throw new ArgumentError("Relationship " + this + " is many-to-one (" + describe(localColumns.get(0))
                    + " references " + target.mappedClass().getSimpleName() + ") but its field is a collection;"
                    + " declare it as " + target.mappedClass().getSimpleName() + " " + name);
        }
        if (direction == RelationshipDirection.MANY_TO_MANY && kind == Kind.SCALAR) {
            throw new ArgumentError("Relationship " + this + " is many-to-many but its field is not a collection;"
                    + " declare it as List<" + target.mappedClass().getSimpleName() + "> " + name);
        }
    }

    private void check(boolean ok, String message) {
        if (!ok) {
            throw new ArgumentError("Relationship " + this + ": " + message);
        }
    }

    private static boolean references(Column<?> from, Column<?> to) {
        Table ft = from.table();
        Table tt = to.table();
        if (ft == null || tt == null) {
            return false;
        }
        for (ForeignKey fk : from.foreignKeys()) {
            if (fk.targetColumnName().equals(to.name()) && (fk.targetTable().equals(tt.fullName())
                    || fk.targetTable().equals(tt.name()))) {
                return true;
            }
        }
        for (ForeignKeyConstraint fkc : ft.foreignKeys()) {
            int i = fkc.columnNames().indexOf(from.name());
            if (i >= 0 && fkc.targetColumnNames().get(i).equals(to.name())
                    && (fkc.targetTable().equals(tt.fullName()) || fkc.targetTable().equals(tt.name()))) {
                return true;
            }
        }
        return false;
    }

    /** Pairs (referencing, referenced) of the single foreign key from {@code from} to {@code to}. */
    private List<Column<?>[]> fkPairs(Table from, Table to, List<Column<?>> exclude, String side) {
        List<List<Column<?>[]>> found = new ArrayList<>();
        for (ForeignKeyConstraint fk : from.foreignKeys()) {
            if (!fk.targetTable().equals(to.fullName()) && !fk.targetTable().equals(to.name())) {
                continue;
            }
            List<Column<?>[]> ps = new ArrayList<>();
            boolean excluded = false;
            for (int i = 0; i < fk.columnNames().size(); i++) {
                Column<?> c = from.c(fk.columnNames().get(i));
                excluded |= exclude != null && exclude.contains(c);
                ps.add(new Column<?>[] {c, to.c(fk.targetColumnNames().get(i))});
            }
            if (!excluded) {
                found.add(ps);
            }
        }
        if (found.isEmpty()) {
            if (side == null) {
                return List.of();
            }
            throw new ArgumentError("Could not determine join condition between parent/child tables on relationship "
                    + this + " - there are no foreign keys from secondary table '" + from.name() + "' to '"
                    + to.name() + "'. Specify the 'primaryjoin' and 'secondaryjoin' expressions.");
        }
        if (found.size() > 1) {
            throw new ArgumentError("Could not determine join condition between parent/child tables on relationship "
                    + this + " - there are multiple foreign key paths linking the tables" + (secondary == null ? ""
                    : " via secondary table '" + secondary.name() + "'") + ". Specify the 'primaryjoin'"
                    + (secondary == null ? "" : " and 'secondaryjoin'") + " expressions.");
        }
        return found.get(0);
    }

    /** Column pairs of an equality condition: a Core expression or text like {@code "id == Association.left"}. */
    private List<Column<?>[]> pairs(Object condition, Table defaultTable, String what) {
        List<Column<?>[]> out = new ArrayList<>();
        if (condition instanceof String text) {
            for (String part : text.split("(?i)\\s+and\\s+")) {
                String[] sides = part.split("==");
                if (sides.length != 2) {
                    throw new ArgumentError("Relationship " + this + ": cannot read " + what + " '" + text
                            + "'; write comparisons like \"id == Association.left\" joined with \"and\"");
                }
                out.add(new Column<?>[] {resolve(sides[0].trim(), defaultTable, what), resolve(sides[1].trim(),
                        defaultTable, what)});
            }
            return out;
        }
        collect((ColumnElement<?>) condition, out, what);
        return out;
    }

    private void collect(ColumnElement<?> e, List<Column<?>[]> out, String what) {
        if (e instanceof BooleanClauseList l && l.operator() == Operator.AND) {
            for (ColumnElement<?> c : l.clauses()) {
                collect(c, out, what);
            }
        } else if (e instanceof BinaryExpression<?> b && b.operator() == Operator.EQ && b.left() instanceof Column<?> x
                && b.right() instanceof Column<?> y) {
            out.add(new Column<?>[] {x, y});
        } else {
            throw new ArgumentError("Relationship " + this + ": " + what + " must be column == column comparisons"
                    + " joined with and(); got " + e);
        }
    }

    private Column<?> resolve(String ref, Table defaultTable, String what) {
        int dot = ref.lastIndexOf('.');
        Table t = defaultTable;
        String col = ref;
        if (dot > 0) {
            String tn = ref.substring(0, dot);
            t = defaultTable.metadata() == null ? null : defaultTable.metadata().tables().get(tn);
            if (t == null) {
                throw new ArgumentError("Relationship " + this + ": " + what + " names table '" + tn
                        + "', which is not in the metadata");
            }
            col = ref.substring(dot + 1);
        }
        if (!t.columns().contains(col)) {
            throw new ArgumentError("Relationship " + this + ": " + what + " names column '" + col + "', which table '"
                    + t.name() + "' does not have");
        }
        return t.c(col);
    }

    private static String describe(Column<?> c) {
        return (c.table() == null ? "" : c.table().description() + ".") + c.name();
    }

    @Override
    public String toString() {
        return parent.mappedClass().getSimpleName() + "." + name;
    }
}
