package org.jalchemy.sql;

import java.util.Objects;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * A named table with columns, as far as SQL statements care: the schema's {@code Table} extends it with
 * constraints and metadata. Compared by identity.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.TableClause}.
 * <pre>{@code
 * TableClause t = users;
 * t.insert().values(Map.of("name", "ed"));
 * }</pre>
 */
public class TableClause extends FromClause {
    private final String name;
    private final String schema;
    private final ColumnCollection columns;

    protected TableClause(String name, String schema) {
        this.name = Objects.requireNonNull(name, "name");
        this.schema = schema;
        this.columns = new ColumnCollection(name);
    }

    /**
     * A lightweight table not in any MetaData, for statements on tables the program does not model
     * (SQLAlchemy's {@code table("t", column("a"))}); the columns are copied onto it.
     */
    public static TableClause of(String name, ColumnClause<?>... columns) {
        TableClause table = new TableClause(name, null);
        for (ColumnClause<?> c : columns) {
            table.addColumn(copyOnto(c, table));
        }
        return table;
    }

    private static <T> ColumnClause<T> copyOnto(ColumnClause<T> column, TableClause table) {
        return new ColumnClause<>(column.name(), column.key(), column.type(), table);
    }

    /** A column not attached to any table yet, for {@link #of}: SQLAlchemy's {@code column("a")}. */
    public static <T> ColumnClause<T> column(String name, org.jalchemy.types.TypeEngine<T> type) {
        return new ColumnClause<>(name, null, type, null);
    }

    public String name() {
        return name;
    }

    /** The schema, or {@code null} for the default one. */
    public String schema() {
        return schema;
    }

    /** {@code schema.name}, or the name. */
    public String fullName() {
        return schema == null ? name : schema + "." + name;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public String description() {
        return fullName();
    }

    /**
     * The column whose values the database generates on INSERT (an autoincrement integer primary key), or
     * {@code null}; its value is fetched as the generated key of a single-row INSERT.
     */
    public ColumnClause<?> autoincrementColumn() {
        return null;
    }

    /** Adds a column while the table is being built. */
    protected void addColumn(ColumnClause<?> column) {
        columns.add(column);
    }

    /** {@code INSERT INTO this}. */
    public Insert insert() {
        return new Insert(this);
    }

    /** {@code UPDATE this}. */
    public Update update() {
        return new Update(this);
    }

    /** {@code DELETE FROM this}. */
    public Delete delete() {
        return new Delete(this);
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitTable(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(this);
    }

    @Override
    public String toString() {
        return fullName();
    }
}
