package org.jalchemy.dialect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.jalchemy.inspection.ReflectedCheckConstraint;
import org.jalchemy.inspection.ReflectedColumn;
import org.jalchemy.inspection.ReflectedForeignKey;
import org.jalchemy.inspection.ReflectedIndex;
import org.jalchemy.inspection.ReflectedPrimaryKey;
import org.jalchemy.inspection.ReflectedUniqueConstraint;

/**
 * How a dialect reads its catalog: one query per question, with names bound as parameters. The
 * {@link org.jalchemy.inspection.Inspector} caches answers and raises errors; a reflector only answers.
 * A {@code null} schema means the connection's default schema. Results for a missing table are empty.
 * <pre>{@code
 * List<String> tables = dialect.reflector().tableNames(jdbcConnection, null);
 * }</pre>
 */
public interface Reflector {
    List<String> schemaNames(Connection c) throws SQLException;

    String defaultSchemaName(Connection c) throws SQLException;

    List<String> tableNames(Connection c, String schema) throws SQLException;

    List<String> viewNames(Connection c, String schema) throws SQLException;

    /** The view's defining SQL, or null when there is no such view. */
    String viewDefinition(Connection c, String view, String schema) throws SQLException;

    List<ReflectedColumn> columns(Connection c, String table, String schema) throws SQLException;

    ReflectedPrimaryKey primaryKey(Connection c, String table, String schema) throws SQLException;

    List<ReflectedForeignKey> foreignKeys(Connection c, String table, String schema) throws SQLException;

    List<ReflectedIndex> indexes(Connection c, String table, String schema) throws SQLException;

    List<ReflectedUniqueConstraint> uniqueConstraints(Connection c, String table, String schema) throws SQLException;

    List<ReflectedCheckConstraint> checkConstraints(Connection c, String table, String schema) throws SQLException;

    /** The table's comment, or null. */
    default String tableComment(Connection c, String table, String schema) throws SQLException {
        return null;
    }

    default List<String> sequenceNames(Connection c, String schema) throws SQLException {
        return List.of();
    }

    /** Whether a table or view of this name exists. */
    boolean hasTable(Connection c, String table, String schema) throws SQLException;
}
