package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Select;

/**
 * A SELECT of entities, 2.0 style: {@code select(User.class).where(...)} executed by a session yields
 * objects. Core's {@code select()} takes columns and tables only, so the entity form lives here. Immutable.
 * <pre>{@code
 * List<User> eds = session.scalars(Orm.select(User.class).where(User.NAME.eq("ed"))).all();
 * session.execute(Orm.select(User.class).filterBy("name", "ed")).scalars().first();
 * }</pre>
 */
public final class OrmSelect<T> {
    private final Mapper<T> mapper;
    private final List<ColumnElement<Boolean>> criteria;
    private final List<Object> orderBy;
    private final Integer limit;
    private final Integer offset;

    private OrmSelect(Mapper<T> mapper, List<ColumnElement<Boolean>> criteria, List<Object> orderBy, Integer limit,
            Integer offset) {
        this.mapper = mapper;
        this.criteria = criteria;
        this.orderBy = orderBy;
        this.limit = limit;
        this.offset = offset;
    }

    public static <T> OrmSelect<T> of(Class<T> entity) {
        return new OrmSelect<>(Mappers.of(entity), List.of(), List.of(), null, null);
    }

    public Mapper<T> mapper() {
        return mapper;
    }

    /** A copy with {@code conditions} ANDed to the WHERE clause. */
    @SafeVarargs
    public final OrmSelect<T> where(ColumnElement<Boolean>... conditions) {
        List<ColumnElement<Boolean>> c = new ArrayList<>(criteria);
        c.addAll(List.of(conditions));
        return new OrmSelect<>(mapper, List.copyOf(c), orderBy, limit, offset);
    }

    /** A copy with {@code attribute = value} ANDed to the WHERE clause (SQLAlchemy's {@code filter_by}). */
    @SuppressWarnings("unchecked")
    public OrmSelect<T> filterBy(String attribute, Object value) {
        ColumnElement<Object> col = (ColumnElement<Object>) (ColumnElement<?>) mapper.column(attribute);
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
            o.add(t instanceof String name ? mapper.column(name) : t);
        }
        return new OrmSelect<>(mapper, criteria, List.copyOf(o), limit, offset);
    }

    public OrmSelect<T> limit(int n) {
        return new OrmSelect<>(mapper, criteria, orderBy, n, offset);
    }

    public OrmSelect<T> offset(int n) {
        return new OrmSelect<>(mapper, criteria, orderBy, limit, n);
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

    /** The Core statement: the mapper's columns in attribute order, then the criteria. */
    @SuppressWarnings("unchecked")
    public Select toCore() {
        Select s = Jalchemy.select(mapper.columns());
        if (!criteria.isEmpty()) {
            s = s.where(criteria.toArray(ColumnElement[]::new));
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

    @Override
    public String toString() {
        return toCore().toString();
    }
}
