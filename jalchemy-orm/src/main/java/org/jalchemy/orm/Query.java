package org.jalchemy.orm;

import java.util.List;
import java.util.Map;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Select;

/**
 * SQLAlchemy's 1.x {@code session.query(User)}: an entity SELECT bound to a session, built up with
 * {@code filter}/{@code filterBy}/{@code orderBy}/{@code limit}/{@code offset} and run by {@code all},
 * {@code first}, {@code one}, {@code oneOrNone}, {@code count}; bulk {@code delete} and {@code update} too.
 * Each builder call returns a new query.
 * <pre>{@code
 * User ed = session.query(User.class).filterBy("name", "ed").first();
 * List<User> all = session.query(User.class).orderBy(desc(User.ID)).all();
 * }</pre>
 */
public final class Query<T> {
    /** What bulk {@code delete()}/{@code update()} do to objects already in the session. */
    public enum SynchronizeSession {
        /** Nothing: objects in the session may not match the database afterwards. */
        FALSE,
        /** SELECT the matching primary keys first, then detach deleted / expire updated objects. */
        FETCH,
        /**
         * Evaluate the criteria against the session's objects in memory: matching ones are deleted or get
         * the new values; objects whose needed attributes are expired are expired. Raises when the criteria
         * cannot be evaluated.
         */
        EVALUATE,
        /** {@link #EVALUATE} when the criteria can be evaluated, else {@link #FETCH} (SQLAlchemy 2.0's default). */
        AUTO
    }

    private final Session session;
    private final OrmSelect<T> stmt;

    Query(Session session, OrmSelect<T> stmt) {
        this.session = session;
        this.stmt = stmt;
    }

    public Mapper<T> mapper() {
        return stmt.mapper();
    }

    @SafeVarargs
    public final Query<T> filter(ColumnElement<Boolean>... criteria) {
        return new Query<>(session, stmt.where(criteria));
    }

    public Query<T> filterBy(String attribute, Object value) {
        return new Query<>(session, stmt.filterBy(attribute, value));
    }

    public Query<T> filterBy(Map<String, ?> criteria) {
        return new Query<>(session, stmt.filterBy(criteria));
    }

    public Query<T> orderBy(Object... terms) {
        return new Query<>(session, stmt.orderBy(terms));
    }

    /**
     * Joins {@code target}: a mapped class (ON from the relationship to it, else from the single foreign key),
     * a relationship ({@code Parent.CHILDREN}) or a relationship's name ({@code "children"}).
     */
    public Query<T> join(Object target) {
        return new Query<>(session, stmt.join(target));
    }

    /** Joins {@code target} (a mapped class or a table) on {@code onclause}. */
    public Query<T> join(Object target, ColumnElement<Boolean> onclause) {
        return new Query<>(session, stmt.join(target, onclause));
    }

    /** {@link #join(Object)} as a LEFT OUTER JOIN. */
    public Query<T> outerjoin(Object target) {
        return new Query<>(session, stmt.outerjoin(target));
    }

    /** SQLAlchemy's {@code group_by}: columns, or attribute names of the first entity. */
    public Query<T> groupBy(Object... terms) {
        return new Query<>(session, stmt.groupBy(terms));
    }

    @SafeVarargs
    public final Query<T> having(ColumnElement<Boolean>... criteria) {
        return new Query<>(session, stmt.having(criteria));
    }

    public Query<T> limit(int n) {
        return new Query<>(session, stmt.limit(n));
    }

    public Query<T> offset(int n) {
        return new Query<>(session, stmt.offset(n));
    }

    public List<T> all() {
        return session.execute(stmt).all();
    }

    public T first() {
        return session.execute(stmt.limit(1)).first();
    }

    public T one() {
        return session.execute(stmt).one();
    }

    public T oneOrNone() {
        return session.execute(stmt).oneOrNone();
    }

    /** {@code SELECT count(*)} of the rows this query matches. */
    public long count() {
        return session.count(stmt);
    }

    /** Bulk {@code DELETE} of the matching rows, synchronizing the session by {@link SynchronizeSession#AUTO}. */
    public long delete() {
        return delete(SynchronizeSession.AUTO);
    }

    public long delete(SynchronizeSession sync) {
        return session.bulkDelete(stmt, sync);
    }

    /** Bulk {@code UPDATE} of the matching rows with {@code values} (attribute names to values). */
    public long update(Map<String, ?> values) {
        return update(values, SynchronizeSession.AUTO);
    }

    public long update(Map<String, ?> values, SynchronizeSession sync) {
        return session.bulkUpdate(stmt, values, sync);
    }

    /** The Core statement this query runs. */
    public Select statement() {
        return stmt.toCore();
    }

    @Override
    public String toString() {
        return stmt.toString();
    }
}
