package org.jalchemy.inspection;

import java.util.List;

/**
 * An index: its name, columns in order (null entries where a position is an expression, whose text is in
 * {@code expressions}) and uniqueness. Primary-key indexes are not reported.
 * <pre>{@code
 * inspector.getIndexes("track").get(0).columns();
 * }</pre>
 */
public record ReflectedIndex(String name, List<String> columns, List<String> expressions, boolean unique) {
}
