package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.sql.ColumnDefault;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.types.TypeEngine;

/**
 * A column of a {@link Table}: name, type, constraints and defaults. Built with {@link #of} and copied
 * by each option method; a {@link Table} attaches its own copy, so one definition can be reused across
 * tables (the seed builds tables from column lists at run time). Get the attached column back with
 * {@code table.c("name")} or {@code table.c(definition)}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.Column}. {@code nullable} defaults to false for primary keys and
 * true otherwise. An integer primary key that is the table's only primary key column autoincrements
 * unless {@link #autoincrement(boolean) autoincrement(false)}.
 * <pre>{@code
 * Column<Integer> id = Column.of("id", INTEGER).primaryKey();
 * Column<LocalDateTime> date = Column.of("date", DATETIME).defaultSupplier(LocalDateTime::now);
 * }</pre>
 *
 * @param <T> the Java type of the column's values
 */
public final class Column<T> extends ColumnClause<T> implements SchemaItem {
    private final ColumnOptions options;

    private Column(String name, TypeEngine<T> type, FromClause table, ColumnOptions options) {
        super(name, options.key, type, table);
        this.options = options;
    }

    /** A column definition not attached to any table. */
    public static <T> Column<T> of(String name, TypeEngine<T> type) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("A column needs a non-empty name");
        }
        if (type == null) {
            throw new ArgumentError("Column '" + name + "' needs a type");
        }
        return new Column<>(name, type, null, new ColumnOptions());
    }

    private Column<T> with(java.util.function.Consumer<ColumnOptions> change) {
        ColumnOptions copy = options.copy();
        change.accept(copy);
        return new Column<>(name(), type(), super.table(), copy);
    }

    /** The copy of this definition attached to {@code table}. */
    Column<T> attachTo(Table table) {
        return new Column<>(name(), type(), table, options.copy());
    }

    /** A copy with another key in {@code table.columns()} (the database name stays). */
    public Column<T> key(String key) {
        return with(o -> o.key = key);
    }

    /** A copy that is (part of) the primary key. */
    public Column<T> primaryKey() {
        return with(o -> o.primaryKey = true);
    }

    /** A copy with {@code NULL} / {@code NOT NULL} stated. */
    public Column<T> nullable(boolean value) {
        return with(o -> o.nullable = value);
    }

    /** A copy with a {@code UNIQUE} constraint on this column alone. */
    public Column<T> unique() {
        return with(o -> o.unique = true);
    }

    /** A copy with an index {@code ix_<table>_<column>} created with the table. */
    public Column<T> index() {
        return with(o -> o.index = true);
    }

    /** A copy stating whether an integer primary key autoincrements. */
    public Column<T> autoincrement(boolean value) {
        return with(o -> o.autoincrement = value);
    }

    /** A copy whose INSERT default is {@code value}. */
    public Column<T> defaultValue(T value) {
        return withInsertDefault(ColumnDefault.value(value));
    }

    /** A copy whose INSERT default is computed per row, e.g. {@code LocalDateTime::now}. */
    public Column<T> defaultSupplier(Supplier<? extends T> supplier) {
        return withInsertDefault(ColumnDefault.supplier(supplier));
    }

    /** A copy whose INSERT default is a SQL expression, e.g. {@code func.now()}. */
    public Column<T> defaultExpression(ColumnElement<?> expression) {
        return withInsertDefault(ColumnDefault.expression(expression));
    }

    private Column<T> withInsertDefault(ColumnDefault d) {
        return with(o -> o.insertDefault = d);
    }

    /** A copy whose UPDATE default (applied when an UPDATE does not set it) is computed per row. */
    public Column<T> onupdate(Supplier<? extends T> supplier) {
        return withUpdateDefault(ColumnDefault.supplier(supplier));
    }

    /** A copy whose UPDATE default is a SQL expression. */
    public Column<T> onupdateExpression(ColumnElement<?> expression) {
        return withUpdateDefault(ColumnDefault.expression(expression));
    }

    private Column<T> withUpdateDefault(ColumnDefault d) {
        return with(o -> o.updateDefault = d);
    }

    /** A copy with {@code DEFAULT 'text'} in DDL: a string literal, as SQLAlchemy's {@code server_default="..."}. */
    public Column<T> serverDefault(String literal) {
        return with(o -> {
            o.serverDefault = null;
            o.serverDefaultText = literal;
        });
    }

    /** A copy with {@code DEFAULT <expression>} in DDL, e.g. {@code text("CURRENT_TIMESTAMP")}. */
    public Column<T> serverDefault(ClauseElement expression) {
        return with(o -> {
            o.serverDefault = expression;
            o.serverDefaultText = null;
        });
    }

    /** A copy with a comment (emitted as {@code COMMENT} where the database supports it). */
    public Column<T> comment(String text) {
        return with(o -> o.comment = text);
    }

    /** A copy with a foreign key. */
    public Column<T> foreignKey(ForeignKey fk) {
        List<ForeignKey> fks = new ArrayList<>(options.foreignKeys);
        fks.add(fk);
        return with(o -> o.foreignKeys = List.copyOf(fks));
    }

    /** A copy that is an identity column ({@code GENERATED ... AS IDENTITY} on PostgreSQL). */
    public Column<T> identity(Identity identity) {
        return with(o -> o.identity = identity);
    }

    /** A copy whose values come from {@code sequence} on databases with sequences. */
    public Column<T> sequence(Sequence sequence) {
        return with(o -> o.sequence = sequence);
    }

    /** A copy referencing {@code "table.column"}. */
    public Column<T> references(String target) {
        return foreignKey(new ForeignKey(target));
    }

    public boolean isPrimaryKey() {
        return options.primaryKey;
    }

    public boolean isNullable() {
        return options.nullable != null ? options.nullable : !options.primaryKey;
    }

    public boolean isUnique() {
        return options.unique;
    }

    public boolean isIndexed() {
        return options.index;
    }

    /** The autoincrement setting: {@code null} for automatic. */
    public Boolean autoincrementSetting() {
        return options.autoincrement;
    }

    @Override
    public ColumnDefault insertDefault() {
        return options.insertDefault;
    }

    @Override
    public ColumnDefault updateDefault() {
        return options.updateDefault;
    }

    /** The server default as SQL, or {@code null}. */
    public ClauseElement serverDefaultExpression() {
        return options.serverDefault;
    }

    /** The server default as a string literal, or {@code null}. */
    public String serverDefaultLiteral() {
        return options.serverDefaultText;
    }

    public String comment() {
        return options.comment;
    }

    /** The identity settings, or {@code null}. */
    public Identity identity() {
        return options.identity;
    }

    /** The sequence, or {@code null}. */
    public Sequence sequence() {
        return options.sequence;
    }

    public List<ForeignKey> foreignKeys() {
        return options.foreignKeys;
    }

    /** The table this column is attached to, or {@code null} for a definition. */
    @Override
    public Table table() {
        return (Table) super.table();
    }
}
