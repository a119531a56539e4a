package org.jalchemy.sql.compiler;

import org.jalchemy.types.Reader;

/**
 * One column a compiled query returns: its key in the result row and the reader for its type.
 * <pre>{@code
 * ResultColumn c = new ResultColumn("name", ResultSet::getString);
 * Object value = c.reader().read(rs, 1);
 * }</pre>
 */
public record ResultColumn(String name, Reader<?> reader) {
}
