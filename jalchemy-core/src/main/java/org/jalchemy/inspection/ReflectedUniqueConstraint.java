package org.jalchemy.inspection;

import java.util.List;

/**
 * A unique constraint: its name (null where the database has none) and columns in order.
 * <pre>{@code
 * inspector.getUniqueConstraints("users").get(0).columns(); // [email]
 * }</pre>
 */
public record ReflectedUniqueConstraint(String name, List<String> columns) {
}
