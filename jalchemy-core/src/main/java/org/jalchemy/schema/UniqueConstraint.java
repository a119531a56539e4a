package org.jalchemy.schema;

import java.util.List;

/**
 * {@code UNIQUE (a, b)}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.UniqueConstraint}.
 * <pre>{@code
 * new Table("user", md, Column.of("id", INTEGER).primaryKey(), Column.of("email", string(100)),
 *         new UniqueConstraint("email").named("uq_email"));
 * }</pre>
 */
public final class UniqueConstraint extends Constraint {
    public UniqueConstraint(String... columnNames) {
        super(null, List.of(columnNames));
    }

    private UniqueConstraint(String name, List<String> columnNames) {
        super(name, columnNames);
    }

    /** A copy with a name. */
    public UniqueConstraint named(String name) {
        return new UniqueConstraint(name, columnNames());
    }
}
