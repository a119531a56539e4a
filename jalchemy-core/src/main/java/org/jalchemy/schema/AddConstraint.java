package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE table ADD [CONSTRAINT name] FOREIGN KEY ...}, for foreign keys in a cycle of tables.
 *
 * <p>Mirrors {@code sqlalchemy.schema.AddConstraint}.
 * <pre>{@code
 * AddConstraint ddl = new AddConstraint(table, table.foreignKeys().get(0));
 * conn.execute(ddl);
 * }</pre>
 */
public final class AddConstraint extends DdlElement {
    private final Table table;
    private final ForeignKeyConstraint constraint;

    public AddConstraint(Table table, ForeignKeyConstraint constraint) {
        this.table = Objects.requireNonNull(table, "table");
        this.constraint = Objects.requireNonNull(constraint, "constraint");
    }

    public Table table() {
        return table;
    }

    public ForeignKeyConstraint constraint() {
        return constraint;
    }
}
