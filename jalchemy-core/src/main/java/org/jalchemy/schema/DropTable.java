package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code DROP TABLE}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.DropTable}.
 * <pre>{@code
 * DropTable ddl = new DropTable(table);
 * ddl.compile(engine.dialect()).sql();
 * }</pre>
 */
public final class DropTable extends DdlElement {
    private final Table table;

    public DropTable(Table table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    public Table table() {
        return table;
    }
}
