package org.jalchemy.types;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets one parameter of a {@link PreparedStatement}: the bind processor of a type, resolved once per
 * compiled statement and then called for every value.
 * <pre>{@code
 * Binder b = (ps, i, v) -> ps.setString(i, (String) v);
 * b.bind(ps, 1, "ed");
 * }</pre>
 */
@FunctionalInterface
public interface Binder {
    void bind(PreparedStatement statement, int index, Object value) throws SQLException;
}
