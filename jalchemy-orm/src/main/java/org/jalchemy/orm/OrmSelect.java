package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.loading.IdentityMap;
import org.jalchemy.orm.loading.Loader;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.orm.mapping.RelationshipDirection;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.orm.state.StateOwner;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Select;

/**
 * A SELECT of entities, 2.0 style: {@code select(User.class).where(...)} executed by a session yields
 * objects; {@code select(Address.class, User.class).join(User.class)} yields {@link OrmRow}s of objects and
 * column values. Core's {@code select()} takes columns and tables only, so the entity form lives here. Immutable.
 * <pre>{@code
 * List<User> eds = session.scalars(Orm.select(User.class).where(User.NAME.eq("ed"))).all();
 * List<OrmRow> rows = session.execute(Orm.select(Address.class, User.class).join(User.class)).all();
 * }</pre>
 */
public final class OrmSelect<T> {
    /** One JOIN: the table joined, its ON clause (null: from the foreign key) and whether it is outer. */
    private record JoinSpec(FromClause right, ColumnElement<Boolean> on, boolean outer, Mapper<?> entity) {
    }

    private final Mapper<T> mapper;
    /** What a row holds, for a multi-entity or column select (mappers and column expressions); null otherwise. */
    private final List<Object> entities;
    private final List<ColumnElement<Boolean>> criteria;
    private final List<Object> orderBy;
    private final Integer limit;
    private final Integer offset;
    private final List<JoinSpec> joins;
    private final List<Object> groupBy;
    private final List<ColumnElement<Boolean>> having;

    private OrmSelect(Mapper<T> mapper, List<Object> entities, List<ColumnElement<Boolean>> criteria,
            List<Object> orderBy, Integer limit, Integer offset, List<JoinSpec> joins, List<Object> groupBy,
            List<ColumnElement<Boolean>> having) {
        this.mapper = mapper;
        this.entities = entities;
        this.criteria = criteria;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
        this.joins = joins;
        this.groupBy = groupBy;
        this.having = having;
    }

    public static <T> OrmSelect<T> of(Class<T> entity) {
        return new OrmSelect<>(Mappers.of(entity), null, List.of(), List.of(), null, null, List.of(), List.of(),
                List.of());
    }

    /** A select of several mapped classes and/or column expressions; each result is an {@link OrmRow}. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static OrmSelect<OrmRow> rowsOf(Object first, Object... more) {
        List<Object> items = new ArrayList<>();
        items.add(first);
        items.addAll(List.of(more));
        List<Object> resolved = new ArrayList<>();
        Mapper<?> primary = null;
        for (Object o : items) {
            if (o instanceof Class<?> c) {
                Mapper<?> m = Mappers.of(c);
                resolved.add(m);
                primary = primary == null ? m : primary;
            } else if (o instanceof ColumnElement<?> col) {
                resolved.add(col);
            } else {
                throw new ArgumentError("select() takes mapped classes and column expressions, not "
                        + (o == null ? "null" : o.getClass().getName()));
            }
        }
        return new OrmSelect<>((Mapper) primary, List.copyOf(resolved), List.of(), List.of(), null, null, List.of(),
                List.of(), List.of());
    }

    private OrmSelect<T> with(List<ColumnElement<Boolean>> c, List<Object> o, Integer l, Integer off, List<JoinSpec> j,
            List<Object> g, List<ColumnElement<Boolean>> h) {
        return new OrmSelect<>(mapper, entities, c, o, l, off, j, g, h);
    }

    /** The first entity's mapper (null for a select of columns only). */
    public Mapper<T> mapper() {
        if (mapper == null) {
            throw new ArgumentError("This select has no entity");
        }
        return mapper;
    }

    /** Whether results are {@link OrmRow}s rather than objects of one class. */
    public boolean isRows() {
        return entities != null;
    }

    boolean hasJoins() {
        return !joins.isEmpty() || !groupBy.isEmpty();
    }

    /** A copy with {@code conditions} ANDed to the WHERE clause. */
    @SafeVarargs
    public final OrmSelect<T> where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> c = new ArrayList<>(criteria);
        c.addAll(List.of(conditions));
        return with(List.copyOf(c), orderBy, limit, offset, joins, groupBy, having);
    }

    /** A copy with {@code attribute = value} ANDed to the WHERE clause (SQLAlchemy's {@code filter_by}). */
    @SuppressWarnings("unchecked")
    public OrmSelect<T> filterBy(String attribute, Object value) {
        ColumnElement<Object> col = (ColumnElement<Object>) (ColumnElement<?>) mapper().column(attribute);
        return where(value == null ? col.isNull() : col.eq(value));
    }

    /** {@link #filterBy(String, Object)} for each entry. */
    public OrmSelect<T> filterBy(Map<String, ?> criteria) {
        OrmSelect<T> s = this;
        for (Map.Entry<String, ?> e : criteria.entrySet()) {
            s = s.filterBy(e.getKey(), e.getValue());
        }
        return s;
    }

    /** A copy ordered by these terms (columns, {@code desc(col)}, or attribute names). */
    public OrmSelect<T> orderBy(Object... terms) {
        List<Object> o = new ArrayList<>(orderBy);
        for (Object t : terms) {
            o.add(t instanceof String name ? mapper().column(name) : t);
        }
        return with(criteria, List.copyOf(o), limit, offset, joins, groupBy, having);
    }

    /** A copy grouped by these terms (columns or attribute names of the first entity). */
    public OrmSelect<T> groupBy(Object... terms) {
        List<Object> g = new ArrayList<>(groupBy);
        for (Object t : terms) {
            g.add(t instanceof String name ? mapper().column(name) : t);
        }
        return with(criteria, orderBy, limit, offset, joins, List.copyOf(g), having);
    }

    /** A copy with {@code conditions} ANDed to the HAVING clause. */
    @SafeVarargs
    public final OrmSelect<T> having(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> h = new ArrayList<>(having);
        h.addAll(List.of(conditions));
        return with(criteria, orderBy, limit, offset, joins, groupBy, List.copyOf(h));
    }

    public OrmSelect<T> limit(int n) {
        return with(criteria, orderBy, n, offset, joins, groupBy, having);
    }

    public OrmSelect<T> offset(int n) {
        return with(criteria, orderBy, limit, n, joins, groupBy, having);
    }

    /**
     * A copy joined to {@code target}: a mapped class (ON from the one relationship to it, else from the single
     * foreign key between the tables), a {@link RelationshipProperty} ({@code Parent.CHILDREN}), or the name of
     * a relationship of an entity already in the select ({@code "children"}).
     */
    public OrmSelect<T> join(Object target) {
        return joinTo(target, null, false);
    }

    /** A copy joined to {@code target} (a mapped class or a table) on {@code onclause}. */
    public OrmSelect<T> join(Object target, ColumnElement<Boolean> onclause) {
        return joinTo(target, onclause, false);
    }

    /** {@link #join(Object)} as a LEFT OUTER JOIN. */
    public OrmSelect<T> outerjoin(Object target) {
        return joinTo(target, null, true);
    }

    private OrmSelect<T> joinTo(Object target, ColumnElement<Boolean> on, boolean outer) {
        Mappers.configure();
        List<JoinSpec> j = new ArrayList<>(joins);
        if (target instanceof FromClause table) {
            j.add(new JoinSpec(table, on, outer, null));
        } else if (target instanceof Class<?> cls) {
            Mapper<?> m = Mappers.of(cls);
            RelationshipProperty rel = on == null ? relationshipTo(m) : null;
            if (rel != null) {
                addRelationshipJoin(j, rel, outer);
            } else {
                j.add(new JoinSpec(m.table(), on, outer, m));
            }
        } else if (target instanceof RelationshipProperty rel) {
            addRelationshipJoin(j, rel, outer);
        } else if (target instanceof String name) {
            addRelationshipJoin(j, relationshipNamed(name), outer);
        } else {
            throw new ArgumentError("join() takes a mapped class, a relationship, a relationship name or a table, not "
                    + (target == null ? "null" : target.getClass().getName()));
        }
        return with(criteria, orderBy, limit, offset, List.copyOf(j), groupBy, having);
    }

    private static void addRelationshipJoin(List<JoinSpec> j, RelationshipProperty rel, boolean outer) {
        if (rel.target().table() == rel.parent().table()) {
            // joining a table to itself needs an alias on one side; without it the SQL names the table twice
            throw new InvalidRequestError("Relationship '" + rel + "' joins table '" + rel.target().table().name()
                    + "' to itself; join an alias of it with an explicit ON clause instead"
                    + " (join(alias, condition))");
        }
        if (rel.direction() == RelationshipDirection.MANY_TO_MANY) {
            j.add(new JoinSpec(rel.secondary(), rel.primaryJoin(), outer, null));
            j.add(new JoinSpec(rel.target().table(), rel.secondaryJoin(), outer, rel.target()));
        } else {
            j.add(new JoinSpec(rel.target().table(), rel.primaryJoin(), outer, rel.target()));
        }
    }

    /** The entities the select already reads from: its own, then those joined so far. */
    private List<Mapper<?>> fromEntities() {
        List<Mapper<?>> out = new ArrayList<>();
        if (entities == null) {
            out.add(mapper);
        } else {
            for (Object e : entities) {
                if (e instanceof Mapper<?> m) {
                    out.add(m);
                } else if (e instanceof ColumnElement<?> col) {
                    for (Mapper<?> m : Mappers.all()) {
                        if (FromClause.referencedBy(col).contains(m.table()) && !out.contains(m)) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        for (JoinSpec js : joins) {
            if (js.entity() != null) {
                out.add(js.entity());
            }
        }
        return out;
    }

    private RelationshipProperty relationshipTo(Mapper<?> target) {
        List<RelationshipProperty> found = new ArrayList<>();
        for (Mapper<?> m : fromEntities()) {
            if (m == target) {
                continue;
            }
            for (RelationshipProperty p : m.relationships()) {
                if (p.target() == target && (p.reverse() == null || !found.contains(p.reverse()))) {
                    found.add(p);
                }
            }
        }
        if (found.size() > 1) {
            throw new ArgumentError("Can't determine which relationship to join along to " + target + ": " + found
                    + "; pass the relationship, as join(Parent.CHILDREN) or join(\"children\")");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private RelationshipProperty relationshipNamed(String name) {
        for (Mapper<?> m : fromEntities()) {
            RelationshipProperty p = m.relationshipOrNull(name);
            if (p != null) {
                return p;
            }
        }
        throw new ArgumentError("No entity of this select has a relationship named '" + name + "'");
    }

    /** The WHERE criteria, ANDed; null when there are none. */
    @SuppressWarnings("unchecked")
    public ColumnElement<Boolean> whereClause() {
        if (criteria.isEmpty()) {
            return null;
        }
        return criteria.size() == 1 ? criteria.get(0) : Jalchemy.and(criteria.toArray(ColumnElement[]::new));
    }

    boolean hasLimitOrOffset() {
        return limit != null || offset != null;
    }

    /** The Core statement: the entities' columns in attribute order, then joins, criteria and the rest. */
    @SuppressWarnings("unchecked")
    public Select toCore() {
        List<Object> cols = new ArrayList<>();
        if (entities == null) {
            cols.addAll(mapper.columns());
        } else {
            for (Object e : entities) {
                if (e instanceof Mapper<?> m) {
                    cols.addAll(m.columns());
                } else {
                    cols.add(e);
                }
            }
        }
        Select s = Jalchemy.select(cols);
        for (JoinSpec j : joins) {
            if (j.outer()) {
                s = j.on() == null ? s.outerjoin(j.right()) : s.outerjoin(j.right(), j.on());
            } else {
                s = j.on() == null ? s.join(j.right()) : s.join(j.right(), j.on());
            }
        }
        if (!criteria.isEmpty()) {
            s = s.where(criteria.toArray(ColumnElement[]::new));
        }
        if (!groupBy.isEmpty()) {
            s = s.groupBy(groupBy.toArray());
        }
        if (!having.isEmpty()) {
            s = s.having(having.toArray(ColumnElement[]::new));
        }
        if (!orderBy.isEmpty()) {
            s = s.orderBy(orderBy.toArray());
        }
        if (limit != null) {
            s = s.limit(limit);
        }
        if (offset != null) {
            s = s.offset(offset);
        }
        return s;
    }

    /** Builds the rows of a multi-entity select: objects through the identity map, column values as they are. */
    @SuppressWarnings("unchecked")
    List<T> rows(StateOwner owner, IdentityMap identityMap, Result result) {
        List<String> keys = new ArrayList<>();
        for (Object e : entities) {
            keys.add(e instanceof Mapper<?> m ? m.mappedClass().getSimpleName() : ((ColumnElement<?>) e).name());
        }
        List<T> out = new ArrayList<>();
        try (result) {
            for (Row row : result) {
                Object[] values = new Object[entities.size()];
                int offset = 0;
                for (int i = 0; i < values.length; i++) {
                    Object e = entities.get(i);
                    if (e instanceof Mapper<?> m) {
                        values[i] = Loader.instance(owner, identityMap, m, row, offset);
                        offset += m.size();
                    } else {
                        values[i] = row.get(offset++);
                    }
                }
                out.add((T) new OrmRow(keys, values));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return toCore().toString();
    }
}
