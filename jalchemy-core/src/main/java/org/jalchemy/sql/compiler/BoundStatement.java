package org.jalchemy.sql.compiler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.jalchemy.types.Binder;

/**
 * A compiled statement with its values: the final SQL (IN lists already expanded) and, per {@code ?},
 * the value and the binder that sets it.
 * <pre>{@code
 * BoundStatement b = compiled.bind(stmt, Map.of("id", 5));
 * b.bindTo(preparedStatement);
 * }</pre>
 */
public record BoundStatement(String sql, Object[] values, Binder[] binders) {

    /** Sets every parameter of {@code statement}, in order. */
    public void bindTo(PreparedStatement statement) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            binders[i].bind(statement, i + 1, values[i]);
        }
    }

    /** The values as a list, for error messages and logs. */
    public List<Object> parameterList() {
        return Arrays.asList(values);
    }
}
