package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code CREATE TABLE} with its columns and constraints (indexes are separate {@link CreateIndex} statements).
 *
 * <p>Mirrors {@code sqlalchemy.schema.CreateTable}.
 * <pre>{@code
 * CreateTable ddl = new CreateTable(table);
 * ddl.compile(engine.dialect()).sql();
 * }</pre>
 */
public final class CreateTable extends DdlElement {
    private final Table table;
    private final List<ForeignKeyConstraint> omitted;

    public CreateTable(Table table) {
        this(table, List.of());
    }

    /** A CREATE TABLE leaving out {@code omitted} foreign keys (added later with {@link AddConstraint}, for cycles). */
    public CreateTable(Table table, List<ForeignKeyConstraint> omitted) {
        this.table = Objects.requireNonNull(table, "table");
        this.omitted = List.copyOf(omitted);
    }

    public Table table() {
        return table;
    }

    /** The foreign keys not rendered inline. */
    public List<ForeignKeyConstraint> omittedForeignKeys() {
        return omitted;
    }

    /** This CREATE TABLE followed by a CREATE INDEX per index of the table. */
    @Override
    public List<DdlElement> withDependents() {
        List<DdlElement> out = new ArrayList<>();
        out.add(this);
        for (Index index : table.indexes()) {
            out.add(new CreateIndex(index));
        }
        return out;
    }
}
