package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TypeEngine;

/**
 * An expression that produces one value of SQL type {@link #type()}, with the operators of the expression
 * language as methods: Java has no operator overloading, so SQLAlchemy's {@code col == 5} is
 * {@code col.eq(5)}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.ColumnElement}. Plain values become bind parameters typed
 * like this column and named after it ({@code :name_1}); {@code eq(null)} renders {@code IS NULL}. The type
 * parameter keeps comparisons honest: {@code Column<Integer>.eq("x")} does not compile. (For a typed
 * column, {@code eq(null)} is ambiguous in Java: use {@link #isNull()}.) Immutable; every method returns a
 * new element.
 * <pre>{@code
 * users.c("id").gt(5).or(users.c("id").lt(2)); // "user".id > :id_1 OR "user".id < :id_2
 * users.c("l_name").add("x"); // "user".l_name || :l_name_1
 * }</pre>
 *
 * @param <T> the Java type of the values this expression produces
 */
public abstract class ColumnElement<T> extends ClauseElement {
    ColumnElement() {
    }

    /** The SQL type of the values. */
    public abstract TypeEngine<T> type();

    /** The name this expression has in a result row without a label, or {@code null} when it has none. */
    public String name() {
        return null;
    }

    /** The base of generated names: binds compared against this ({@code id_1}), anonymous labels. */
    public String anonKey() {
        return "param";
    }

    /** The base of this expression's anonymous label in a SELECT list ({@code count_1}, {@code anon_1}). */
    public String anonLabelBase() {
        return "anon";
    }

    /** A bind parameter for {@code value}, typed and named like this expression. */
    ColumnElement<?> coerce(Object value) {
        if (value == null) {
            return Keyword.nullValue();
        }
        if (value instanceof ColumnElement<?> e) {
            return e;
        }
        if (value instanceof SelectBase s) {
            return s.scalarSubquery();
        }
        return new BindParameter<>(anonKey(), value, type(), true, false);
    }

    private ColumnElement<Boolean> compare(Operator op, Object value) {
        ColumnElement<?> right = coerce(value);
        if (right instanceof Keyword k && k.kind() == Keyword.Kind.NULL) {
            if (op == Operator.EQ) {
                return new BinaryExpression<>(this, Operator.IS, right, BooleanType.INSTANCE);
            } else if (op == Operator.NE) {
                return new BinaryExpression<>(this, Operator.IS_NOT, right, BooleanType.INSTANCE);
            }
        }
        return new BinaryExpression<>(this, op, right, BooleanType.INSTANCE);
    }

    /** {@code this = value}; {@code IS NULL} when {@code value} is null. */
    public ColumnElement<Boolean> eq(T value) {
        return compare(Operator.EQ, value);
    }

    /** {@code this = other}. */
    public ColumnElement<Boolean> eq(ColumnElement<? extends T> other) {
        return compare(Operator.EQ, other);
    }

    /** {@code this != value}; {@code IS NOT NULL} when {@code value} is null. */
    public ColumnElement<Boolean> ne(T value) {
        return compare(Operator.NE, value);
    }

    public ColumnElement<Boolean> ne(ColumnElement<? extends T> other) {
        return compare(Operator.NE, other);
    }

    public ColumnElement<Boolean> lt(T value) {
        return compare(Operator.LT, value);
    }

    public ColumnElement<Boolean> lt(ColumnElement<? extends T> other) {
        return compare(Operator.LT, other);
    }

    public ColumnElement<Boolean> le(T value) {
        return compare(Operator.LE, value);
    }

    public ColumnElement<Boolean> le(ColumnElement<? extends T> other) {
        return compare(Operator.LE, other);
    }

    public ColumnElement<Boolean> gt(T value) {
        return compare(Operator.GT, value);
    }

    public ColumnElement<Boolean> gt(ColumnElement<? extends T> other) {
        return compare(Operator.GT, other);
    }

    public ColumnElement<Boolean> ge(T value) {
        return compare(Operator.GE, value);
    }

    public ColumnElement<Boolean> ge(ColumnElement<? extends T> other) {
        return compare(Operator.GE, other);
    }

    /** {@code this IS NULL}, SQLAlchemy's {@code is_(None)}. */
    public ColumnElement<Boolean> isNull() {
        return new BinaryExpression<>(this, Operator.IS, Keyword.nullValue(), BooleanType.INSTANCE);
    }

    /** {@code this IS NOT NULL}. */
    public ColumnElement<Boolean> isNotNull() {
        return new BinaryExpression<>(this, Operator.IS_NOT, Keyword.nullValue(), BooleanType.INSTANCE);
    }

    /**
     * {@code this IN (...)} with one expanding bind: the statement compiles once whatever the list length.
     * An empty list is false (SQLAlchemy's empty-set semantics).
     */
    public ColumnElement<Boolean> in(Collection<? extends T> values) {
        return inOp(Operator.IN, values);
    }

    /** {@code this IN (SELECT ...)}. */
    public ColumnElement<Boolean> in(SelectBase subquery) {
        return new BinaryExpression<>(this, Operator.IN, subquery.scalarSubquery(),
                BooleanType.INSTANCE);
    }

    /** {@code this NOT IN (...)}; true for an empty list. */
    public ColumnElement<Boolean> notIn(Collection<? extends T> values) {
        return inOp(Operator.NOT_IN, values);
    }

    public ColumnElement<Boolean> notIn(SelectBase subquery) {
        return new BinaryExpression<>(this, Operator.NOT_IN, subquery.scalarSubquery(),
                BooleanType.INSTANCE);
    }

    private ColumnElement<Boolean> inOp(Operator op, Collection<? extends T> values) {
        if (values == null) {
            throw new ArgumentError("in() needs a collection of values, not null");
        }
        List<Object> copy = new ArrayList<>(values);
        return new BinaryExpression<>(this, op, new BindParameter<>(anonKey(), copy, type(), true, true),
                BooleanType.INSTANCE);
    }

    /** {@code this LIKE pattern}. */
    public ColumnElement<Boolean> like(String pattern) {
        return likeOp(Operator.LIKE, pattern, null);
    }

    /** {@code this LIKE pattern ESCAPE 'escape'}. */
    public ColumnElement<Boolean> like(String pattern, char escape) {
        return likeOp(Operator.LIKE, pattern, escape);
    }

    public ColumnElement<Boolean> notLike(String pattern) {
        return likeOp(Operator.NOT_LIKE, pattern, null);
    }

    /** Case-insensitive LIKE: {@code ILIKE} on PostgreSQL, {@code lower(x) LIKE lower(y)} elsewhere. */
    public ColumnElement<Boolean> ilike(String pattern) {
        return likeOp(Operator.ILIKE, pattern, null);
    }

    public ColumnElement<Boolean> notIlike(String pattern) {
        return likeOp(Operator.NOT_ILIKE, pattern, null);
    }

    private ColumnElement<Boolean> likeOp(Operator op, String pattern, Character escape) {
        ColumnElement<?> right = new BindParameter<>(anonKey(), pattern, StringType.UNBOUNDED, true, false);
        return new BinaryExpression<>(this, op, right, BooleanType.INSTANCE, escape);
    }

    /**
     * {@code this LIKE :x || '%'}. The wildcards {@code %} and {@code _} in {@code prefix} are escaped with
     * {@code /} (SQLAlchemy's {@code autoescape=True}), so they match literally.
     */
    public ColumnElement<Boolean> startsWith(String prefix) {
        return likeConcat(false, prefix, true);
    }

    /** {@code this LIKE '%' || :x}, wildcards in {@code suffix} escaped. */
    public ColumnElement<Boolean> endsWith(String suffix) {
        return likeConcat(true, suffix, false);
    }

    /** {@code this LIKE '%' || :x || '%'}, wildcards in {@code part} escaped. */
    public ColumnElement<Boolean> contains(String part) {
        return likeConcat(true, part, true);
    }

    private ColumnElement<Boolean> likeConcat(boolean leading, String text, boolean trailing) {
        if (text == null) {
            throw new ArgumentError("startsWith/endsWith/contains need a non-null string");
        }
        String escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_");
        ColumnElement<String> pattern = new BindParameter<>(anonKey(), escaped, StringType.UNBOUNDED, true, false);
        ColumnElement<String> percent = new LiteralColumn<>("'%'", StringType.UNBOUNDED);
        if (leading) {
            pattern = new BinaryExpression<>(percent, Operator.CONCAT, pattern, StringType.UNBOUNDED);
        }
        if (trailing) {
            pattern = new BinaryExpression<>(pattern, Operator.CONCAT, percent, StringType.UNBOUNDED);
        }
        return new BinaryExpression<>(this, Operator.LIKE, pattern, BooleanType.INSTANCE, '/');
    }

    /** {@code this BETWEEN lower AND upper}. */
    public ColumnElement<Boolean> between(T lower, T upper) {
        return new Between(this, coerce(lower), coerce(upper));
    }

    /** {@code this REGEXP pattern} (PostgreSQL {@code ~}). */
    public ColumnElement<Boolean> regexpMatch(String pattern) {
        ColumnElement<?> right = new BindParameter<>(anonKey(), pattern, StringType.UNBOUNDED, true, false);
        return new BinaryExpression<>(this, Operator.REGEXP_MATCH, right, BooleanType.INSTANCE);
    }

    private ColumnElement<T> arithmetic(Operator op, Object value) {
        return new BinaryExpression<>(this, op, coerce(value), type());
    }

    /** {@code this + value}, or concatenation when this is a string (as SQLAlchemy's {@code +}). */
    public ColumnElement<T> add(T value) {
        return arithmetic(type().isString() ? Operator.CONCAT : Operator.ADD, value);
    }

    public ColumnElement<T> add(ColumnElement<? extends T> other) {
        return arithmetic(type().isString() ? Operator.CONCAT : Operator.ADD, other);
    }

    public ColumnElement<T> sub(T value) {
        return arithmetic(Operator.SUB, value);
    }

    public ColumnElement<T> sub(ColumnElement<? extends T> other) {
        return arithmetic(Operator.SUB, other);
    }

    public ColumnElement<T> mul(T value) {
        return arithmetic(Operator.MUL, value);
    }

    public ColumnElement<T> mul(ColumnElement<? extends T> other) {
        return arithmetic(Operator.MUL, other);
    }

    public ColumnElement<T> div(T value) {
        return arithmetic(Operator.DIV, value);
    }

    public ColumnElement<T> div(ColumnElement<? extends T> other) {
        return arithmetic(Operator.DIV, other);
    }

    public ColumnElement<T> mod(T value) {
        return arithmetic(Operator.MOD, value);
    }

    public ColumnElement<T> mod(ColumnElement<? extends T> other) {
        return arithmetic(Operator.MOD, other);
    }

    /** String concatenation: {@code this || value} ({@code concat(a, b)} on MariaDB). */
    public ColumnElement<String> concat(Object value) {
        return new BinaryExpression<>(this, Operator.CONCAT, coerce(value), StringType.UNBOUNDED);
    }

    /** {@code this COLLATE collation}. */
    public ColumnElement<T> collate(String collation) {
        return new BinaryExpression<>(this, Operator.COLLATE, new LiteralColumn<>(collation, type()), type());
    }

    /** {@code this DESC}, for ORDER BY. */
    public ColumnElement<T> desc() {
        return UnaryExpression.modifier(this, UnaryExpression.Kind.DESC);
    }

    /** {@code this ASC}, for ORDER BY. */
    public ColumnElement<T> asc() {
        return UnaryExpression.modifier(this, UnaryExpression.Kind.ASC);
    }

    public ColumnElement<T> nullsFirst() {
        return UnaryExpression.modifier(this, UnaryExpression.Kind.NULLS_FIRST);
    }

    public ColumnElement<T> nullsLast() {
        return UnaryExpression.modifier(this, UnaryExpression.Kind.NULLS_LAST);
    }

    /** {@code DISTINCT this}, as in {@code count(DISTINCT x)}. */
    public ColumnElement<T> distinct() {
        return UnaryExpression.prefix(UnaryExpression.Kind.DISTINCT, this, type());
    }

    /** {@code this AS name} in a SELECT list; the result row key becomes {@code name}. */
    public Label<T> label(String name) {
        return new Label<>(name, this);
    }

    /** {@code CAST(this AS type)}. */
    public <R> Cast<R> cast(TypeEngine<R> to) {
        return new Cast<>(this, to);
    }

    /** {@code this AND other}. */
    public ColumnElement<Boolean> and(ColumnElement<Boolean> other) {
        return BooleanClauseList.and(List.of(this, other));
    }

    /** {@code this OR other}: SQLAlchemy's {@code |}. */
    public ColumnElement<Boolean> or(ColumnElement<Boolean> other) {
        return BooleanClauseList.or(List.of(this, other));
    }

    /** The negation: a flipped operator where one exists ({@code !=}, {@code NOT IN}), else {@code NOT (...)}. */
    public ColumnElement<Boolean> not() {
        return UnaryExpression.prefix(UnaryExpression.Kind.NOT, this, BooleanType.INSTANCE);
    }
}
