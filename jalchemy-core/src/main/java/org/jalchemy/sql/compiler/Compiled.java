package org.jalchemy.sql.compiler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jalchemy.sql.Executable;

/**
 * A statement rendered for one dialect: SQL with {@code ?} placeholders, the order of its binds and the
 * columns it returns. It never holds parameter values, so it is cached and shared across threads.
 *
 * <p>Mirrors {@code sqlalchemy.engine.Compiled}.
 * <pre>{@code
 * Compiled c = stmt.compile(dialect);
 * BoundStatement bound = c.bind(stmt, Map.of("id", 5));
 * }</pre>
 */
public interface Compiled {
    /** The SQL as compiled (expanding IN parameters not yet expanded). */
    String sql();

    /**
     * Combines the values carried by {@code statement} (a statement of the same shape as the one compiled)
     * with the caller's {@code parameters}, which win on a name clash.
     *
     * @throws org.jalchemy.exc.ArgumentError when a bind has no value
     */
    BoundStatement bind(Executable statement, Map<String, ?> parameters);

    /**
     * Binds one parameter set of an executemany straight onto {@code statement}, prepared from {@code batchSql}
     * (what {@link #bind} rendered for the batch's first set). Returns false when these parameters would render
     * other SQL, which an executemany cannot take; the statement's parameters are then left half set. Compiled
     * forms whose SQL cannot change between sets override this to skip the {@link BoundStatement} per row.
     *
     * @throws org.jalchemy.exc.ArgumentError when a bind has no value
     */
    default boolean bindRow(Executable statement, Map<String, ?> parameters, String batchSql, PreparedStatement ps)
            throws SQLException {
        BoundStatement bound = bind(statement, parameters);
        if (!bound.sql().equals(batchSql)) {
            return false;
        }
        bound.bindTo(ps);
        return true;
    }

    /** The columns the statement returns, in order, or an empty list when only the database knows. */
    default List<ResultColumn> resultColumns() {
        return List.of();
    }

    /**
     * True when the statement is known to return rows (a SELECT, or DML with RETURNING), so the engine can
     * use {@code executeQuery}; false when only the database knows.
     */
    default boolean returnsRows() {
        return !resultColumns().isEmpty();
    }

    /** Column names whose generated values the driver should return, or {@code null} for none. */
    default String[] generatedKeyColumns() {
        return null;
    }

    /**
     * How to read each of {@link #generatedKeyColumns()}, in the same order (typed like the key columns), or
     * an empty list to read them with JDBC's defaults.
     */
    default List<ResultColumn> generatedKeyResultColumns() {
        return List.of();
    }
}
