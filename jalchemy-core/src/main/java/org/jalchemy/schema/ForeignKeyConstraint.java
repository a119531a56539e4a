package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;

/**
 * {@code FOREIGN KEY (a, b) REFERENCES other (x, y)}, possibly composite; column-level
 * {@link ForeignKey}s become single-column ones of these.
 *
 * <p>Mirrors {@code sqlalchemy.schema.ForeignKeyConstraint}. Targets are {@code "table.column"} strings,
 * resolved through the table's {@link MetaData}.
 * <pre>{@code
 * new ForeignKeyConstraint(List.of("a", "b"), List.of("other.x", "other.y")).ondelete("CASCADE");
 * table.foreignKeys().get(0).targetTable(); // other
 * }</pre>
 */
public final class ForeignKeyConstraint extends Constraint {
    private final List<ForeignKey> elements;
    private final String ondelete;
    private final String onupdate;
    private final Boolean initiallyDeferred;

    public ForeignKeyConstraint(List<String> columns, List<String> targets) {
        this(null, columns, toKeys(columns, targets), null, null);
    }

    ForeignKeyConstraint(String name, List<String> columns, List<ForeignKey> elements, String ondelete, String onupdate) {
        this(name, columns, elements, ondelete, onupdate, null);
    }

    private ForeignKeyConstraint(String name, List<String> columns, List<ForeignKey> elements, String ondelete,
            String onupdate, Boolean initiallyDeferred) {
        super(name, columns);
        this.initiallyDeferred = initiallyDeferred;
        this.elements = List.copyOf(elements);
        this.ondelete = ondelete;
        this.onupdate = onupdate;
        String table = elements.get(0).targetTable();
        for (ForeignKey fk : elements) {
            if (!fk.targetTable().equals(table)) {
                throw new ArgumentError("A ForeignKeyConstraint must reference one table; got '" + table + "' and '"
                        + fk.targetTable() + "'");
            }
        }
    }

    private static List<ForeignKey> toKeys(List<String> columns, List<String> targets) {
        if (columns.isEmpty() || columns.size() != targets.size()) {
            throw new ArgumentError("ForeignKeyConstraint needs as many targets as columns; got " + columns + " and "
                    + targets);
        }
        List<ForeignKey> out = new ArrayList<>();
        for (String t : targets) {
            out.add(new ForeignKey(t));
        }
        return out;
    }

    /** A copy with a name. */
    public ForeignKeyConstraint named(String name) {
        return new ForeignKeyConstraint(name, columnNames(), elements, ondelete, onupdate, initiallyDeferred);
    }

    /** The name, or {@code fk_<table>_<columns>_<target>} for an unnamed one (used when it must be dropped by name). */
    public String nameFor(Table table) {
        String name = table.constraintName(this);
        return name != null ? name : "fk_" + table.name() + "_" + String.join("_", columnNames()) + "_" + targetTable();
    }

    /** A copy with {@code ON DELETE action}. */
    public ForeignKeyConstraint ondelete(String action) {
        return new ForeignKeyConstraint(name(), columnNames(), elements, ReferentialAction.check(action), onupdate,
                initiallyDeferred);
    }

    /** A copy with {@code ON UPDATE action}. */
    public ForeignKeyConstraint onupdate(String action) {
        return new ForeignKeyConstraint(name(), columnNames(), elements, ondelete, ReferentialAction.check(action),
                initiallyDeferred);
    }

    /**
     * A copy that is {@code DEFERRABLE}, checked at commit when {@code initiallyDeferred} (PostgreSQL and
     * SQLite; MariaDB checks foreign keys immediately and renders nothing).
     */
    public ForeignKeyConstraint deferrable(boolean initiallyDeferred) {
        return new ForeignKeyConstraint(name(), columnNames(), elements, ondelete, onupdate, initiallyDeferred);
    }

    /** {@code null} when not deferrable; else whether it is initially deferred. */
    public Boolean initiallyDeferred() {
        return initiallyDeferred;
    }

    /** The referenced table's full name. */
    public String targetTable() {
        return elements.get(0).targetTable();
    }

    /** The referenced columns' names, in order. */
    public List<String> targetColumnNames() {
        List<String> out = new ArrayList<>();
        for (ForeignKey fk : elements) {
            out.add(fk.targetColumnName());
        }
        return out;
    }

    /** The column-level keys, one per column. */
    public List<ForeignKey> elements() {
        return elements;
    }

    public String ondelete() {
        return ondelete;
    }

    public String onupdate() {
        return onupdate;
    }
}
