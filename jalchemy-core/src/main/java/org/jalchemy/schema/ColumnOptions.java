package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnDefault;

/** The schema attributes of a {@link Column}; copied and changed by the column's option methods, never shared mutably. */
final class ColumnOptions {
    String key;
    boolean primaryKey;
    Boolean nullable;
    boolean unique;
    boolean index;
    Boolean autoincrement;
    ColumnDefault insertDefault;
    ColumnDefault updateDefault;
    ClauseElement serverDefault;
    String serverDefaultText;
    String comment;
    Identity identity;
    Sequence sequence;
    List<ForeignKey> foreignKeys = List.of();

    ColumnOptions copy() {
        ColumnOptions o = new ColumnOptions();
        o.key = key;
        o.primaryKey = primaryKey;
        o.nullable = nullable;
        o.unique = unique;
        o.index = index;
        o.autoincrement = autoincrement;
        o.insertDefault = insertDefault;
        o.updateDefault = updateDefault;
        o.serverDefault = serverDefault;
        o.serverDefaultText = serverDefaultText;
        o.comment = comment;
        o.identity = identity;
        o.sequence = sequence;
        o.foreignKeys = List.copyOf(new ArrayList<>(foreignKeys));
        return o;
    }
}
