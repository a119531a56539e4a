package org.jalchemy.types;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row of a {@link ResultSet}: the result processor of a type, resolved
 * once per result and then called for every row.
 * <pre>{@code
 * Reader<String> r = ResultSet::getString;
 * String name = r.read(rs, 2);
 * }</pre>
 *
 * @param <T> the Java type produced
 */
@FunctionalInterface
public interface Reader<T> {
    T read(ResultSet resultSet, int index) throws SQLException;
}
