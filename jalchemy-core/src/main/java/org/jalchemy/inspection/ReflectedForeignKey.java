package org.jalchemy.inspection;

import java.util.List;

/**
 * A foreign key: its columns and the columns they refer to, in order, with the referential actions.
 * <pre>{@code
 * ReflectedForeignKey fk = inspector.getForeignKeys("track").get(0);
 * fk.referredTable(); fk.referredColumns();
 * }</pre>
 *
 * @param onDelete e.g. {@code CASCADE}, or null for the default (NO ACTION)
 * @param onUpdate likewise
 */
public record ReflectedForeignKey(String name, List<String> columns, String referredSchema, String referredTable,
                                  List<String> referredColumns, String onDelete, String onUpdate) {
}
