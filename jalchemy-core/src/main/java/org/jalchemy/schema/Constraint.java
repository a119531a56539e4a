package org.jalchemy.schema;

import java.util.List;
import org.jalchemy.exc.ArgumentError;

/**
 * A table-level constraint over named columns; the names are checked against the table when it is built.
 *
 * <p>Mirrors {@code sqlalchemy.schema.ColumnCollectionConstraint}.
 * <pre>{@code
 * Constraint u = new UniqueConstraint("email").named("uq_user_email");
 * u.columnNames(); // [email]
 * }</pre>
 */
public abstract class Constraint implements SchemaItem {
    private final String name;
    private final List<String> columnNames;

    Constraint(String name, List<String> columnNames) {
        this.name = name;
        this.columnNames = List.copyOf(columnNames);
    }

    /** The constraint's name, or {@code null} to let the database choose. */
    public String name() {
        return name;
    }

    /** The keys of the constrained columns, in order. */
    public List<String> columnNames() {
        return columnNames;
    }

    void checkColumns(Table table) {
        for (String c : columnNames) {
            if (!table.columns().contains(c)) {
                throw new ArgumentError(getClass().getSimpleName() + " on table '" + table.fullName()
                        + "' names column '" + c + "', which the table does not have; its columns are "
                        + table.columns().keys());
            }
        }
    }
}
