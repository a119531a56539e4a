package org.jalchemy.inspection;

import java.util.List;

/**
 * A primary key constraint: its name (null where the database has none) and columns in key order.
 * <pre>{@code
 * inspector.getPkConstraint("invoice_line").columns(); // [InvoiceLineId]
 * }</pre>
 */
public record ReflectedPrimaryKey(String name, List<String> columns) {
}
