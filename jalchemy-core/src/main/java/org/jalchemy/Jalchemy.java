package org.jalchemy;

import javax.sql.DataSource;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.EngineOptions;
import org.jalchemy.engine.URL;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.Case;
import org.jalchemy.sql.Cast;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Exists;
import org.jalchemy.sql.Function;
import org.jalchemy.sql.Functions;
import org.jalchemy.sql.Grouping;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Keyword;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.TableClause;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.TypeCoerce;
import org.jalchemy.sql.Update;
import org.jalchemy.types.NullType;
import org.jalchemy.types.TypeEngine;

/**
 * The static entry points, as {@code from sqlalchemy import ...}: engines, literal SQL and the expression
 * language constructors. Use with {@code import static org.jalchemy.Jalchemy.*}.
 * <pre>{@code
 * Engine engine = createEngine("sqlite://");
 * engine.connect().execute(text("SELECT 1")).scalar();
 * }</pre>
 */
public final class Jalchemy {
    private Jalchemy() {
    }

    // ---- engine ------------------------------------------------------------------------------------

    /** An engine for a URL such as {@code sqlite:///db.sqlite}; it connects on first use. */
    public static Engine createEngine(String url) {
        return Engine.create(URL.parse(url), EngineOptions.defaults());
    }

    public static Engine createEngine(String url, EngineOptions options) {
        return Engine.create(URL.parse(url), options);
    }

    public static Engine createEngine(URL url) {
        return Engine.create(url, EngineOptions.defaults());
    }

    public static Engine createEngine(URL url, EngineOptions options) {
        return Engine.create(url, options);
    }

    /** An engine over an existing {@link DataSource}, which then does the pooling, for the named dialect. */
    public static Engine createEngine(DataSource dataSource, String dialect) {
        return Engine.create(dataSource, dialect, EngineOptions.defaults());
    }

    /** An {@link Inspector} of the engine's database, as {@code sqlalchemy.inspect(engine)}. */
    public static Inspector inspect(Engine engine) {
        return Inspector.of(engine);
    }

    /** An {@link Inspector} that asks through this connection (and sees its uncommitted DDL). */
    public static Inspector inspect(Connection connection) {
        return Inspector.of(connection);
    }

    /** Literal SQL with {@code :name} binds, as {@code sqlalchemy.text()}. */
    public static TextClause text(String sql) {
        return new TextClause(sql);
    }

    // ---- expression language -------------------------------------------------------------------------

    /** The {@code func} namespace: {@code func.count()}, {@code func.max(col)}. */
    public static final Functions func = Functions.INSTANCE;

    /** Any SQL function by name: {@code func("lower", col)}. */
    public static Function<Object> func(String name, Object... args) {
        return Functions.INSTANCE.call(name, args);
    }

    /** {@code SELECT entities}: column expressions, or tables meaning all their columns. */
    public static Select select(Object... entities) {
        return Select.of(entities);
    }

    /** {@code SELECT entities} from a list, as SQLAlchemy 1.x's {@code select([a, b])}. */
    public static Select select(java.util.List<?> entities) {
        return Select.of(entities);
    }

    /** {@code INSERT INTO table}. */
    public static Insert insert(TableClause table) {
        return table.insert();
    }

    /** {@code UPDATE table}. */
    public static Update update(TableClause table) {
        return table.update();
    }

    /** {@code DELETE FROM table}. */
    public static Delete delete(TableClause table) {
        return table.delete();
    }

    /** {@code a AND b AND ...}. */
    @SafeVarargs
    public static ColumnElement<Boolean> and(ColumnElement<Boolean>... clauses) {
        return BooleanClauseList.and(java.util.Arrays.asList(clauses));
    }

    /** {@code a OR b OR ...} (SQLAlchemy's {@code or_} and {@code |}). */
    @SafeVarargs
    public static ColumnElement<Boolean> or(ColumnElement<Boolean>... clauses) {
        return BooleanClauseList.or(java.util.Arrays.asList(clauses));
    }

    /** {@code NOT clause}, or the negated operator ({@code !=}, {@code NOT IN}). */
    public static ColumnElement<Boolean> not(ColumnElement<Boolean> clause) {
        return clause.not();
    }

    /** A bound value of a known type: {@code literal(5, INTEGER)} renders {@code :param_1}. */
    public static <T> BindParameter<T> literal(T value, TypeEngine<T> type) {
        return new BindParameter<>("param", value, type, true, false);
    }

    /** A bound value of unknown type. */
    public static BindParameter<Object> literal(Object value) {
        return new BindParameter<>("param", value, NullType.INSTANCE, true, false);
    }

    /** A named bind parameter whose value comes from the execution parameters. */
    public static <T> BindParameter<T> bindparam(String name, TypeEngine<T> type) {
        return new BindParameter<>(name, BindParameter.REQUIRED, type, false, false);
    }

    /** A named bind parameter with a default value. */
    public static <T> BindParameter<T> bindparam(String name, T value, TypeEngine<T> type) {
        return new BindParameter<>(name, value, type, false, false);
    }

    /** Literal SQL text as a column expression, never quoted (not for user input). */
    public static LiteralColumn<Object> literalColumn(String text) {
        return new LiteralColumn<>(text, NullType.INSTANCE);
    }

    public static <T> LiteralColumn<T> literalColumn(String text, TypeEngine<T> type) {
        return new LiteralColumn<>(text, type);
    }

    /** SQL {@code NULL}; {@code null_} because {@code null} is a Java keyword. */
    public static Keyword<Object> null_() {
        return Keyword.nullValue();
    }

    /** SQL {@code true} ({@code 1} where there is no native boolean). */
    public static Keyword<Boolean> true_() {
        return Keyword.trueValue();
    }

    /** SQL {@code false} ({@code 0} where there is no native boolean). */
    public static Keyword<Boolean> false_() {
        return Keyword.falseValue();
    }

    /** An empty {@code CASE}; add {@code when(...)} branches. */
    public static Case<Object> case_() {
        return Case.create();
    }

    /** {@code CAST(expr AS type)}. */
    public static <T> Cast<T> cast(ColumnElement<?> expr, TypeEngine<T> type) {
        return expr.cast(type);
    }

    /** {@code EXISTS (select)}. */
    public static Exists exists(SelectBase select) {
        return select.exists();
    }

    /** {@code expr DESC}. */
    public static <T> ColumnElement<T> desc(ColumnElement<T> expr) {
        return expr.desc();
    }

    /** {@code expr ASC}. */
    public static <T> ColumnElement<T> asc(ColumnElement<T> expr) {
        return expr.asc();
    }

    /** {@code (expr)}. */
    public static <T> Grouping<T> grouping(ColumnElement<T> expr) {
        return new Grouping<>(expr);
    }

    /** {@code a UNION b ...}. */
    public static CompoundSelect union(SelectBase first, SelectBase... others) {
        return first.union(others);
    }

    /** {@code a UNION ALL b ...}. */
    public static CompoundSelect unionAll(SelectBase first, SelectBase... others) {
        return first.unionAll(others);
    }

    /** {@code expr} treated as {@code type} in Java without a CAST in SQL. */
    public static <T> TypeCoerce<T> typeCoerce(ColumnElement<?> expr,
            TypeEngine<T> type) {
        return new TypeCoerce<>(expr, type);
    }

    /** {@code a INTERSECT b ...}. */
    public static CompoundSelect intersect(SelectBase first,
            SelectBase... others) {
        return first.intersect(others);
    }

    /** {@code a EXCEPT b ...}. */
    public static CompoundSelect except(SelectBase first,
            SelectBase... others) {
        return first.except(others);
    }

    /** A lightweight table outside any MetaData: {@code table("t", column("a"), column("b"))}. */
    public static TableClause table(String name, ColumnClause<?>... columns) {
        return TableClause.of(name, columns);
    }

    /** A column of unknown type for {@link #table}. */
    public static ColumnClause<Object> column(String name) {
        return TableClause.column(name, NullType.INSTANCE);
    }

    /** A typed column for {@link #table}. */
    public static <T> ColumnClause<T> column(String name, TypeEngine<T> type) {
        return TableClause.column(name, type);
    }
}
