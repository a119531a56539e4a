package org.jalchemy.inspection;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one catalog query with bound parameters and maps its rows: the building block of the dialects'
 * reflection code. Names always travel as parameters, never inside the SQL text.
 * <pre>{@code
 * List<String> names = CatalogQuery.list(conn, "SELECT name FROM sqlite_master WHERE type = ?", rs -> rs.getString(1), "table");
 * }</pre>
 */
public final class CatalogQuery {
    private CatalogQuery() {
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public static <T> List<T> list(Connection conn, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        }
    }

    /** The first column of the single row the query returns, or null when it returns none. */
    public static String string(Connection conn, String sql, Object... parameters) throws SQLException {
        List<String> rows = list(conn, sql, rs -> rs.getString(1), parameters);
        return rows.isEmpty() ? null : rows.get(0);
    }
}
