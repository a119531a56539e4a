package org.jalchemy.schema;

import java.util.Objects;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;

/**
 * A column-level foreign key: the column it belongs to references {@code table.column}, resolved by name
 * through the table's {@link MetaData} when needed (so tables may be declared in any order).
 *
 * <p>Mirrors {@code sqlalchemy.schema.ForeignKey}. Immutable; {@code ondelete}/{@code onupdate} return
 * copies. A target that does not exist is an {@code InvalidRequestError} naming both ends.
 * <pre>{@code
 * Column<Integer> userId = Column.of("user_id", INTEGER).foreignKey(new ForeignKey("user.id").ondelete("CASCADE"));
 * Column<Integer> same = Column.of("user_id", INTEGER).references("user.id");
 * }</pre>
 */
public final class ForeignKey {
    private final String tableName;
    private final String columnName;
    private final String ondelete;
    private final String onupdate;

    /** A reference {@code "table.column"} or {@code "schema.table.column"}. */
    public ForeignKey(String target) {
        Objects.requireNonNull(target, "target");
        int dot = target.lastIndexOf('.');
        if (dot <= 0 || dot == target.length() - 1) {
            throw new ArgumentError("ForeignKey target must be 'table.column', got '" + target + "'");
        }
        this.tableName = target.substring(0, dot);
        this.columnName = target.substring(dot + 1);
        this.ondelete = null;
        this.onupdate = null;
    }

    /** A reference to {@code column} of an existing table. */
    public ForeignKey(Column<?> column) {
        this(requireAttached(column).table().fullName() + "." + column.name());
    }

    private ForeignKey(String tableName, String columnName, String ondelete, String onupdate) {
        this.tableName = tableName;
        this.columnName = columnName;
        this.ondelete = ondelete;
        this.onupdate = onupdate;
    }

    private static Column<?> requireAttached(Column<?> column) {
        if (column.table() == null) {
            throw new ArgumentError("ForeignKey to column '" + column.name() + "' which belongs to no table yet");
        }
        return column;
    }

    /** A copy with {@code ON DELETE action} ({@code CASCADE}, {@code SET NULL}, ...). */
    public ForeignKey ondelete(String action) {
        return new ForeignKey(tableName, columnName, ReferentialAction.check(action), onupdate);
    }

    /** A copy with {@code ON UPDATE action}. */
    public ForeignKey onupdate(String action) {
        return new ForeignKey(tableName, columnName, ondelete, ReferentialAction.check(action));
    }

    /** The referenced table's full name. */
    public String targetTable() {
        return tableName;
    }

    /** The referenced column's name. */
    public String targetColumnName() {
        return columnName;
    }

    public String ondelete() {
        return ondelete;
    }

    public String onupdate() {
        return onupdate;
    }

    /** The referenced column, looked up in {@code metadata}; a missing table or column names both ends. */
    public Column<?> resolve(MetaData metadata, String from) {
        Table target = metadata == null ? null : metadata.tableOrNull(tableName);
        if (target == null) {
            throw new InvalidRequestError("Foreign key associated with column '" + from
                    + "' could not find table '" + tableName + "' with which to generate a foreign key to target"
                    + " column '" + columnName + "'");
        }
        if (!target.columns().contains(columnName)) {
            throw new InvalidRequestError("Could not initialize target column for ForeignKey '" + tableName + "."
                    + columnName + "' on column '" + from + "': table '" + tableName + "' has no column named '"
                    + columnName + "'");
        }
        return target.c(columnName);
    }

    @Override
    public String toString() {
        return "ForeignKey('" + tableName + "." + columnName + "')";
    }
}
