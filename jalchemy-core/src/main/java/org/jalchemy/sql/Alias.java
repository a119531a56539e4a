package org.jalchemy.sql;

import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * A FROM object under another name: a table alias ({@code "user" AS u}) or a subquery
 * ({@code (SELECT ...) AS anon_1}). Its columns are new columns of the alias with the inner names.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Alias} and {@code Subquery}. A {@code null} name is
 * anonymous: the compiler names it {@code anon_1}, {@code anon_2}, ...
 * <pre>{@code
 * Alias sq = select(users.c("id")).where(users.c("id").gt(5)).subquery("big");
 * select(sq.c("id")).toString(); // SELECT big.id FROM (SELECT ...) AS big
 * }</pre>
 */
public final class Alias extends FromClause {
    private final ClauseElement element;
    private final String name;
    private final ColumnCollection columns;
    private final boolean lateral;

    Alias(ClauseElement element, String name) {
        this(element, name, false);
    }

    Alias(ClauseElement element, String name, boolean lateral) {
        this.element = element;
        this.name = name;
        this.lateral = lateral;
        this.columns = new ColumnCollection(description());
        if (element instanceof FromClause from) {
            for (ColumnClause<?> c : from.columns()) {
                columns.add(proxy(c.name(), c.key(), c));
            }
        } else if (element instanceof SelectBase select) {
            for (ColumnElement<?> c : select.selectedColumns()) {
                String colName = c.name();
                if (colName == null) {
                    throw new ArgumentError("A subquery column needs a name: label the expression " + c);
                }
                if (!columns.contains(colName)) {
                    columns.add(proxy(colName, colName, c));
                }
            }
        } else {
            throw new ArgumentError("Cannot alias " + element.getClass().getSimpleName());
        }
    }

    private <T> ColumnClause<T> proxy(String colName, String key, ColumnElement<T> source) {
        return new ColumnClause<>(colName, key, source.type(), this);
    }

    /** True for a {@code LATERAL} subquery, whose SELECT may refer to the FROM objects before it. */
    public boolean lateral() {
        return lateral;
    }

    /** The aliased table or SELECT. */
    public ClauseElement element() {
        return element;
    }

    /** The alias name, or {@code null} when anonymous. */
    public String name() {
        return name;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public String description() {
        return name == null ? "anon" : name;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitAlias(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
        walker.shape(lateral);
        walker.child(element);
    }
}
