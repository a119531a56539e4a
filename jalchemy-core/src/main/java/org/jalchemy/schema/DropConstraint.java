package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code ALTER TABLE table DROP CONSTRAINT name} (MariaDB
 *
 * <p>Mirrors {@code sqlalchemy.schema. {@code DROP FOREIGN KEY}), before dropping tables in a cycle.:DropConstraint}.
 * <pre>{@code
 * DropConstraint ddl = new DropConstraint(table, table.foreignKeys().get(0));
 * conn.execute(ddl);
 * }</pre>
 */
public final class DropConstraint extends DdlElement {
    private final Table table;
    private final ForeignKeyConstraint constraint;

    public DropConstraint(Table table, ForeignKeyConstraint constraint) {
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
