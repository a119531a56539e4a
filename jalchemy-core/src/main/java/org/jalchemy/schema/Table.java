package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.inspection.Reflection;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.TableClause;
import org.jalchemy.sql.compiler.TypeCompiler;

/**
 * A table: columns, primary key, foreign keys, constraints and indexes, registered in a {@link MetaData}
 * under its full name.
 *
 * <p>Mirrors {@code sqlalchemy.schema.Table}. Each {@link Column} given is attached as a copy; ask the
 * table for it with {@code c("key")} (untyped), {@code c("key", Integer.class)} or {@code c(definition)}
 * (typed). {@code toString()} is the name, as SQLAlchemy prints a table. Defining a name twice in one
 * MetaData is an {@code InvalidRequestError}. The structure is fixed once constructed.
 * <pre>{@code
 * Table user = new Table("user", metadata, Column.of("id", INTEGER).primaryKey(), Column.of("l_name", STRING));
 * conn.execute(user.insert().values(Map.of("l_name", "Hello")));
 * }</pre>
 */
public final class Table extends TableClause implements Comparable<Table> {
    private final MetaData metadata;
    private final List<Constraint> constraints = new ArrayList<>();
    private final List<ForeignKeyConstraint> foreignKeys = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<Column<?>> columnList = new ArrayList<>();
    private PrimaryKeyConstraint primaryKey;
    private static final Object NO_AUTOINCREMENT = new Object();
    private List<Column<?>> pkColumns;
    private Object autoincrement;
    /** The items this table was declared with, so {@link #extendExisting} can declare it again with more. */
    private final List<SchemaItem> definition;
    private String comment;

    /** A table named {@code name} in {@code metadata}'s default schema. */
    public Table(String name, MetaData metadata, SchemaItem... items) {
        this(name, metadata, metadata == null ? null : metadata.schema(), items);
    }

    private Table(String name, MetaData metadata, String schema, SchemaItem... items) {
        super(checkName(name), schema);
        this.metadata = metadata;
        this.definition = List.of(items);
        build(items);
        if (metadata != null) {
            metadata.register(this);
        }
    }

    /** A table in an explicit schema: {@code schema.name}. */
    public static Table inSchema(String schema, String name, MetaData metadata, SchemaItem... items) {
        return new Table(name, metadata, schema, items);
    }

    private static String checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("A table needs a non-empty name");
        }
        return name;
    }

    private void build(SchemaItem[] items) {
        List<String> pkColumns = new ArrayList<>();
        List<Constraint> pending = new ArrayList<>();
        for (SchemaItem item : items) {
            if (item instanceof Column<?> column) {
                Column<?> attached = column.attachTo(this);
                addColumn(attached);
                columnList.add(attached);
                if (attached.isPrimaryKey()) {
                    pkColumns.add(attached.key());
                }
            } else if (item instanceof Index index) {
                indexes.add(index.attachTo(this));
            } else if (item instanceof Constraint constraint) {
                pending.add(constraint);
            } else {
                throw new ArgumentError("Table '" + name() + "' was given " + item + ", which is not a column,"
                        + " constraint or index");
            }
        }
        for (Index index : indexes) {
            for (String column : index.columnNames()) {
                if (columnList.stream().noneMatch(c -> c.name().equals(column) || c.key().equals(column))) {
                    throw new ArgumentError("Index '" + index.name() + "' on table '" + name() + "' names column '"
                            + column + "', which the table does not have");
                }
            }
        }
        for (Constraint c : pending) {
            c.checkColumns(this);
            if (c instanceof PrimaryKeyConstraint pk) {
                if (!pkColumns.isEmpty() && !pkColumns.equals(pk.columnNames())) {
                    throw new ArgumentError("Table '" + name() + "' has primary key columns " + pkColumns
                            + " and a PrimaryKeyConstraint on " + pk.columnNames());
                }
                primaryKey = pk;
            } else if (c instanceof ForeignKeyConstraint fk) {
                foreignKeys.add(fk);
                constraints.add(fk);
            } else {
                constraints.add(c);
            }
        }
        if (primaryKey == null) {
            primaryKey = new PrimaryKeyConstraint(null, pkColumns);
        }
        for (Column<?> column : columnList) {
            for (ForeignKey fk : column.foreignKeys()) {
                ForeignKeyConstraint fkc = new ForeignKeyConstraint(null, List.of(column.key()), List.of(fk),
                        fk.ondelete(), fk.onupdate());
                foreignKeys.add(fkc);
            }
            if (column.isUnique()) {
                constraints.add(new UniqueConstraint(column.key()));
            }
            if (column.isIndexed()) {
                String ixName = metadata == null || metadata.namingConvention() == null ? null
                        : metadata.namingConvention().indexName(this, List.of(column.key()));
                indexes.add(new Index(ixName != null ? ixName : "ix_" + name() + "_" + column.name(), column.key())
                        .attachTo(this));
            }
        }
    }

    /** Sets the table comment; meant for use right after construction (returns this table). */
    public Table comment(String text) {
        this.comment = text;
        return this;
    }

    public String comment() {
        return comment;
    }

    /** The MetaData this table belongs to, or {@code null}. */
    public MetaData metadata() {
        return metadata;
    }

    /** The column with {@code key}, untyped: an unknown key is an {@code ArgumentError} naming the table. */
    @Override
    public Column<Object> c(String key) {
        return (Column<Object>) (ColumnClause<?>) columns().get(key);
    }

    /** The column with {@code key}, checked to hold values of {@code javaType}. */
    @Override
    public <T> Column<T> c(String key, Class<T> javaType) {
        return (Column<T>) super.c(key, javaType);
    }

    /** This table's copy of the column {@code definition} (matched by key). */
    @SuppressWarnings("unchecked")
    public <T> Column<T> c(Column<T> definition) {
        return (Column<T>) c(definition.key());
    }

    /** The columns in order, typed as schema columns. */
    public List<Column<?>> columnList() {
        return List.copyOf(columnList);
    }

    public PrimaryKeyConstraint primaryKey() {
        return primaryKey;
    }

    /** The primary key columns in order. */
    public List<Column<?>> primaryKeyColumns() {
        // the ORM asks on every flushed row; a table never changes after construction, so compute once
        List<Column<?>> pk = pkColumns;
        if (pk == null) {
            List<Column<?>> out = new ArrayList<>();
            for (String key : primaryKey.columnNames()) {
                out.add(c(key));
            }
            pk = List.copyOf(out);
            pkColumns = pk;
        }
        return pk;
    }

    /** The foreign keys, column-level ones as single-column constraints. */
    public List<ForeignKeyConstraint> foreignKeys() {
        return List.copyOf(foreignKeys);
    }

    /** UNIQUE, CHECK and FOREIGN KEY constraints (the primary key is {@link #primaryKey()}). */
    public List<Constraint> constraints() {
        List<Constraint> out = new ArrayList<>(constraints);
        for (ForeignKeyConstraint fk : foreignKeys) {
            if (!out.contains(fk)) {
                out.add(fk);
            }
        }
        return out;
    }

    public List<Index> indexes() {
        return List.copyOf(indexes);
    }

    /** The name {@code constraint} has in DDL: its own, else the MetaData's naming convention's, else {@code null}. */
    public String constraintName(Constraint constraint) {
        if (constraint.name() != null) {
            return constraint.name();
        }
        return metadata == null || metadata.namingConvention() == null ? null
                : metadata.namingConvention().nameFor(this, constraint);
    }

    /** The tables this one references through foreign keys, resolved in its MetaData. */
    public List<Table> referencedTables() {
        List<Table> out = new ArrayList<>();
        for (ForeignKeyConstraint fk : foreignKeys) {
            Table target = metadata == null ? null : metadata.tableOrNull(fk.targetTable());
            if (target != null && target != this && !out.contains(target)) {
                out.add(target);
            }
        }
        return out;
    }

    /** Checks that every foreign key resolves; a missing table or column names both ends. */
    public void checkForeignKeys() {
        for (ForeignKeyConstraint fk : foreignKeys) {
            for (int i = 0; i < fk.elements().size(); i++) {
                fk.elements().get(i).resolve(metadata, name() + "." + fk.columnNames().get(i));
            }
        }
    }

    /** {@code CREATE TABLE} (and its indexes), failing if it exists, as SQLAlchemy's {@code table.create()}. */
    public void create(Engine engine) {
        create(engine, false);
    }

    /** {@code CREATE TABLE}; with {@code checkFirst}, nothing happens when the table exists. */
    public void create(Engine engine, boolean checkFirst) {
        engine.begin(conn -> SchemaRunner.create(conn, List.of(this), checkFirst));
    }

    /** {@code DROP TABLE}, failing if it does not exist. */
    public void drop(Engine engine) {
        drop(engine, false);
    }

    /** {@code DROP TABLE}; with {@code checkFirst}, nothing happens when the table does not exist. */
    public void drop(Engine engine, boolean checkFirst) {
        engine.begin(conn -> SchemaRunner.drop(conn, List.of(this), checkFirst));
    }

    /** True when this table exists in {@code engine}'s database. */
    public boolean exists(Engine engine) {
        try (Connection conn = engine.connect()) {
            return SchemaRunner.exists(conn, this);
        }
    }

    @Override
    public ColumnClause<?> autoincrementColumn() {
        Object cached = autoincrement;
        if (cached == null) {
            cached = findAutoincrementColumn();
            autoincrement = cached == null ? NO_AUTOINCREMENT : cached;
        }
        return cached == NO_AUTOINCREMENT ? null : (ColumnClause<?>) cached;
    }

    private ColumnClause<?> findAutoincrementColumn() {
        List<Column<?>> pk = primaryKeyColumns();
        if (pk.size() != 1) {
            return null;
        }
        Column<?> column = pk.get(0);
        Boolean setting = column.autoincrementSetting();
        if (Boolean.FALSE.equals(setting) || !column.type().isInteger()) {
            return null;
        }
        if (setting == null && (!column.foreignKeys().isEmpty() || column.insertDefault() != null
                || column.serverDefaultExpression() != null || column.serverDefaultLiteral() != null)) {
            return null;
        }
        return column;
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    protected List<ColumnElement<Boolean>> foreignKeyConditionsTo(FromClause other) {
        List<ColumnElement<Boolean>> out = new ArrayList<>();
        if (!(other instanceof Table target)) {
            return out;
        }
        for (ForeignKeyConstraint fk : foreignKeys) {
            if (!fk.targetTable().equals(target.fullName()) || metadata == null || target.metadata() != metadata) {
                continue;
            }
            List<ColumnElement<?>> parts = new ArrayList<>();
            for (int i = 0; i < fk.columnNames().size(); i++) {
                Column local = c(fk.columnNames().get(i));
                Column remote = target.c(fk.targetColumnNames().get(i));
                parts.add(local.eq(remote));
            }
            out.add(org.jalchemy.sql.BooleanClauseList.and(parts));
        }
        return out;
    }

    @Override
    public int compareTo(Table other) {
        return fullName().compareTo(other.fullName());
    }

    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * Redefines table {@code name} of {@code metadata} with more columns, constraints or indexes, as SQLAlchemy's
     * {@code Table(name, metadata, ..., extend_existing=True)}; a column named like an existing one replaces it.
     * Tables are immutable, so a new {@code Table} replaces the old one in the metadata: statements built on the
     * old one keep their shape (and their cached SQL). Without an existing table this is a plain definition.
     */
    public static Table extendExisting(String name, MetaData metadata, SchemaItem... items) {
        String full = metadata.schema() == null ? name : metadata.schema() + "." + name;
        Table old = metadata.tables().get(full);
        if (old == null) {
            return new Table(name, metadata, items);
        }
        java.util.Set<String> redefined = new java.util.HashSet<>();
        for (SchemaItem item : items) {
            if (item instanceof Column<?> c) {
                redefined.add(c.name());
            }
        }
        List<SchemaItem> merged = new ArrayList<>();
        for (SchemaItem item : old.definition) {
            if (!(item instanceof Column<?> c && redefined.contains(c.name()))) {
                merged.add(item);
            }
        }
        merged.addAll(List.of(items));
        metadata.remove(old);
        try {
            Table table = new Table(name, metadata, old.schema(), merged.toArray(new SchemaItem[0]));
            table.comment = old.comment;
            return table;
        } catch (RuntimeException e) {
            metadata.register(old);
            throw e;
        }
    }

    /**
     * Loads table {@code name} from the database into {@code metadata}, with the tables its foreign keys refer to,
     * as {@code Table(name, metadata, autoload_with=engine)}; a table already in the metadata is returned as is.
     *
     * @throws org.jalchemy.exc.NoSuchTableError when the database has no such table
     */
    public static Table reflect(String name, MetaData metadata, Engine engine) {
        return Reflection.table(name, metadata, engine);
    }

    /**
     * The table with its columns, as SQLAlchemy's {@code repr(table)} shows it (generic type names, no MetaData):
     * {@code Table('EX1', Column('id', INTEGER, primary_key=True, nullable=False), Column('name', VARCHAR(20)))}.
     */
    public String repr() {
        TypeCompiler types = new TypeCompiler();
        StringBuilder out = new StringBuilder("Table('").append(name()).append('\'');
        List<Column<?>> pk = primaryKeyColumns();
        for (Column<?> c : columnList()) {
            out.append(", Column('").append(c.name()).append("', ");
            try {
                out.append(types.process(c.type()));
            } catch (org.jalchemy.exc.CompileError e) {
                out.append("NullType");
            }
            if (pk.contains(c)) {
                out.append(", primary_key=True");
            }
            if (!c.isNullable()) {
                out.append(", nullable=False");
            }
            out.append(')');
        }
        return out.append(')').toString();
    }

    @Override
    public String toString() {
        return name();
    }
}
