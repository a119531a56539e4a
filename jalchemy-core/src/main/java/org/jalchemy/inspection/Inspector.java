package org.jalchemy.inspection;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.dialect.Reflector;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.NoSuchTableError;

/**
 * Answers questions about a live database's schema: tables, views, columns, keys, indexes, constraints.
 *
 * <p>Mirrors {@code sqlalchemy.engine.reflection.Inspector} ({@code inspect(engine)}). Each answer is read
 * once and cached for the life of this inspector: make a new one to see later changes. On an engine, each
 * question borrows a connection; on a {@link Connection}, it uses that connection (and its transaction).
 * Names are always sent as bound parameters. Lists of names are sorted in binary order on every database.
 * <pre>{@code
 * Inspector inspector = Jalchemy.inspect(engine);
 * List<String> tables = inspector.getTableNames();
 * }</pre>
 */
public final class Inspector {
    private final Engine engine;
    private final Connection connection;
    private final Reflector reflector;
    private final Map<List<Object>, Object> cache = new ConcurrentHashMap<>();

    private Inspector(Engine engine, Connection connection) {
        this.engine = engine;
        this.connection = connection;
        this.reflector = (engine != null ? engine : connection.engine()).dialect().reflector();
    }

    public static Inspector of(Engine engine) {
        return new Inspector(engine, null);
    }

    public static Inspector of(Connection connection) {
        return new Inspector(null, connection);
    }

    @FunctionalInterface
    private interface Question<T> {
        T ask(java.sql.Connection c) throws SQLException;
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Question<T> question, Object... key) {
        List<Object> k = java.util.Arrays.asList(key);
        Object hit = cache.get(k);
        if (hit != null) {
            return (T) hit;
        }
        T answer = ask(question);
        if (answer != null) {
            cache.put(k, answer);
        }
        return answer;
    }

    private <T> T ask(Question<T> question) {
        if (connection != null) {
            return askOn(connection, question);
        }
        try (Connection c = engine.connect()) {
            return askOn(c, question);
        }
    }

    private static <T> T askOn(Connection c, Question<T> question) {
        try {
            return question.ask(c.jdbcConnection());
        } catch (SQLException e) {
            throw c.wrapError(e, "(catalog query)");
        }
    }

    public List<String> getSchemaNames() {
        return cached(reflector::schemaNames, "schemas");
    }

    public String getDefaultSchemaName() {
        return cached(reflector::defaultSchemaName, "default_schema");
    }

    /** Table names of the default schema, sorted. */
    public List<String> getTableNames() {
        return getTableNames(null);
    }

    public List<String> getTableNames(String schema) {
        return cached(c -> reflector.tableNames(c, schema), "tables", schema);
    }

    public List<String> getViewNames() {
        return getViewNames(null);
    }

    public List<String> getViewNames(String schema) {
        return cached(c -> reflector.viewNames(c, schema), "views", schema);
    }

    /** The SQL that defines a view. */
    public String getViewDefinition(String view, String schema) {
        String def = cached(c -> reflector.viewDefinition(c, view, schema), "view_def", view, schema);
        if (def == null) {
            throw new NoSuchTableError(qualified(view, schema));
        }
        return def;
    }

    /** Whether a table or view exists (never cached: the point is to see the database as it is now). */
    public boolean hasTable(String table) {
        return hasTable(table, null);
    }

    public boolean hasTable(String table, String schema) {
        return ask(c -> reflector.hasTable(c, table, schema));
    }

    public boolean hasIndex(String table, String index, String schema) {
        return getIndexes(table, schema).stream().anyMatch(i -> i.name().equals(index));
    }

    public List<ReflectedColumn> getColumns(String table) {
        return getColumns(table, null);
    }

    /** @throws NoSuchTableError when there is no such table or view */
    public List<ReflectedColumn> getColumns(String table, String schema) {
        List<ReflectedColumn> cols = cached(c -> reflector.columns(c, table, schema), "columns", table, schema);
        if (cols.isEmpty() && !hasTable(table, schema)) {
            throw new NoSuchTableError(qualified(table, schema));
        }
        return cols;
    }

    public ReflectedPrimaryKey getPkConstraint(String table) {
        return getPkConstraint(table, null);
    }

    public ReflectedPrimaryKey getPkConstraint(String table, String schema) {
        requireTable(table, schema);
        return cached(c -> reflector.primaryKey(c, table, schema), "pk", table, schema);
    }

    public List<ReflectedForeignKey> getForeignKeys(String table) {
        return getForeignKeys(table, null);
    }

    public List<ReflectedForeignKey> getForeignKeys(String table, String schema) {
        requireTable(table, schema);
        return cached(c -> reflector.foreignKeys(c, table, schema), "fks", table, schema);
    }

    public List<ReflectedIndex> getIndexes(String table) {
        return getIndexes(table, null);
    }

    public List<ReflectedIndex> getIndexes(String table, String schema) {
        requireTable(table, schema);
        return cached(c -> reflector.indexes(c, table, schema), "indexes", table, schema);
    }

    public List<ReflectedUniqueConstraint> getUniqueConstraints(String table) {
        return getUniqueConstraints(table, null);
    }

    public List<ReflectedUniqueConstraint> getUniqueConstraints(String table, String schema) {
        requireTable(table, schema);
        return cached(c -> reflector.uniqueConstraints(c, table, schema), "uniques", table, schema);
    }

    public List<ReflectedCheckConstraint> getCheckConstraints(String table) {
        return getCheckConstraints(table, null);
    }

    public List<ReflectedCheckConstraint> getCheckConstraints(String table, String schema) {
        requireTable(table, schema);
        return cached(c -> reflector.checkConstraints(c, table, schema), "checks", table, schema);
    }

    /** The table's comment, or null. */
    public String getTableComment(String table, String schema) {
        requireTable(table, schema);
        return ask(c -> reflector.tableComment(c, table, schema));
    }

    public List<String> getSequenceNames(String schema) {
        return cached(c -> reflector.sequenceNames(c, schema), "sequences", schema);
    }

    private void requireTable(String table, String schema) {
        getColumns(table, schema);
    }

    private static String qualified(String table, String schema) {
        return schema == null ? table : schema + "." + table;
    }
}
