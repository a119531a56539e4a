package org.jalchemy.sql;

import java.util.Objects;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A named column of a FROM object (table, alias, subquery), rendered as {@code table.name}; the
 * schema's {@code Column} extends it.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.ColumnClause}. Compared by identity: a table hands out the
 * same object for the same column every time.
 * <pre>{@code
 * ColumnClause<Object> id = users.c("id");
 * id.table(); // users
 * }</pre>
 *
 * @param <T> the Java type of the column's values
 */
public class ColumnClause<T> extends ColumnElement<T> {
    private final String name;
    private final String key;
    private final TypeEngine<T> type;
    private final FromClause table;

    protected ColumnClause(String name, String key, TypeEngine<T> type, FromClause table) {
        this.name = Objects.requireNonNull(name, "name");
        this.key = key == null ? name : key;
        this.type = Objects.requireNonNull(type, "type");
        this.table = table;
    }

    /** The column's name in the database. */
    @Override
    public String name() {
        return name;
    }

    /** The key it has in {@code table.columns()} (the name unless given otherwise). */
    public String key() {
        return key;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    /** The FROM object it belongs to, or {@code null} for a column not attached to a table yet. */
    public FromClause table() {
        return table;
    }

    @Override
    public String anonKey() {
        return key;
    }

    /** The default INSERT applies when no value is given, or {@code null}. */
    public ColumnDefault insertDefault() {
        return null;
    }

    /** The default UPDATE applies when no value is given ({@code onupdate}), or {@code null}. */
    public ColumnDefault updateDefault() {
        return null;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitColumn(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
        walker.shape(type);
        walker.from(table);
    }
}
