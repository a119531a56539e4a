package org.jalchemy.sql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TypeEngine;

/**
 * The {@code func} namespace: typed constructors for the common SQL functions, and {@link #call} for any
 * other by name.
 *
 * <p>Mirrors {@code sqlalchemy.func}; {@code Jalchemy.func} is the shared instance.
 * <pre>{@code
 * select(func.count()).selectFrom(users);   // SELECT count(*) AS count_1 FROM users
 * select(func.max(users.c("id", Integer.class)));
 * }</pre>
 */
public final class Functions {
    /** The shared instance, {@code Jalchemy.func}. */
    public static final Functions INSTANCE = new Functions();

    private Functions() {
    }

    static ColumnElement<?> literalArgument(String functionName, Object value) {
        if (value == null) {
            return Keyword.nullValue();
        }
        return new BindParameter<>(functionName, value, NullType.INSTANCE, true, false);
    }

    /** Any function: {@code name(args...)}, of unknown type. */
    public Function<Object> call(String name, Object... args) {
        return new Function<>(name, java.util.Arrays.asList(args), NullType.INSTANCE, false);
    }

    /** Any function with a known result type. */
    public <T> Function<T> call(String name, TypeEngine<T> type, Object... args) {
        return new Function<>(name, java.util.Arrays.asList(args), type, false);
    }

    /** {@code count(*)}. */
    public Function<Integer> count() {
        return new Function<>("count", List.of(), IntegerType.INSTANCE, true);
    }

    /** {@code count(expr)}. */
    public Function<Integer> count(ColumnElement<?> expr) {
        return new Function<>("count", List.of(expr), IntegerType.INSTANCE, false);
    }

    public <T> Function<T> max(ColumnElement<T> expr) {
        return new Function<>("max", List.of(expr), expr.type(), false);
    }

    public <T> Function<T> min(ColumnElement<T> expr) {
        return new Function<>("min", List.of(expr), expr.type(), false);
    }

    public <T> Function<T> sum(ColumnElement<T> expr) {
        return new Function<>("sum", List.of(expr), expr.type(), false);
    }

    public Function<BigDecimal> avg(ColumnElement<?> expr) {
        return new Function<>("avg", List.of(expr), new NumericType(null, null), false);
    }

    public Function<String> lower(ColumnElement<?> expr) {
        return new Function<>("lower", List.of(expr), StringType.UNBOUNDED, false);
    }

    public Function<String> upper(ColumnElement<?> expr) {
        return new Function<>("upper", List.of(expr), StringType.UNBOUNDED, false);
    }

    public Function<Integer> length(ColumnElement<?> expr) {
        return new Function<>("length", List.of(expr), IntegerType.INSTANCE, false);
    }

    @SafeVarargs
    public final <T> Function<T> coalesce(ColumnElement<T> first, Object... rest) {
        Object[] args = new Object[rest.length + 1];
        args[0] = first;
        System.arraycopy(rest, 0, args, 1, rest.length);
        return new Function<>("coalesce", java.util.Arrays.asList(args), first.type(), false);
    }

    /** {@code row_number()}, a window function: use with {@code over()}. */
    public Function<Integer> rowNumber() {
        return new Function<>("row_number", List.of(), IntegerType.INSTANCE, false);
    }

    /** {@code rank()}, a window function. */
    public Function<Integer> rank() {
        return new Function<>("rank", List.of(), IntegerType.INSTANCE, false);
    }

    /** {@code dense_rank()}, a window function. */
    public Function<Integer> denseRank() {
        return new Function<>("dense_rank", List.of(), IntegerType.INSTANCE, false);
    }

    /** {@code CURRENT_TIMESTAMP}. */
    public Function<LocalDateTime> now() {
        return new Function<>("now", List.of(), DateTimeType.WITHOUT_TIMEZONE, false);
    }

    /** {@code CURRENT_DATE}. */
    public Function<LocalDate> currentDate() {
        return new Function<>("current_date", List.of(), new DateType(), false);
    }
}
