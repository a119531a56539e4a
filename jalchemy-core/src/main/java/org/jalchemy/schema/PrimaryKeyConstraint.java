package org.jalchemy.schema;

import java.util.List;

/**
 * {@code PRIMARY KEY (a, b)}: made from the columns marked {@code primaryKey()}, or given explicitly
 * for a named or composite key.
 *
 * <p>Mirrors {@code sqlalchemy.schema.PrimaryKeyConstraint}.
 * <pre>{@code
 * new Table("pair", md, Column.of("a", INTEGER), Column.of("b", INTEGER), new PrimaryKeyConstraint("a", "b"));
 * table.primaryKey().columnNames(); // [a, b]
 * }</pre>
 */
public final class PrimaryKeyConstraint extends Constraint {
    public PrimaryKeyConstraint(String... columnNames) {
        super(null, List.of(columnNames));
    }

    PrimaryKeyConstraint(String name, List<String> columnNames) {
        super(name, columnNames);
    }

    /** A copy with a name. */
    public PrimaryKeyConstraint named(String name) {
        return new PrimaryKeyConstraint(name, columnNames());
    }
}
