package org.jalchemy.dialect.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalchemy.dialect.Reflector;
import org.jalchemy.inspection.CatalogQuery;
import org.jalchemy.inspection.ReflectedCheckConstraint;
import org.jalchemy.inspection.ReflectedColumn;
import org.jalchemy.inspection.ReflectedForeignKey;
import org.jalchemy.inspection.ReflectedIndex;
import org.jalchemy.inspection.ReflectedPrimaryKey;
import org.jalchemy.inspection.ReflectedUniqueConstraint;
import org.jalchemy.inspection.TypeNames;

/**
 * Reads SQLite's catalog through the table-valued pragma functions ({@code pragma_table_info(?)} and
 * friends), so table names are bound, never spliced into SQL. SQLite keeps no names for primary keys and
 * foreign keys, and no comments; check constraints are read from the table's CREATE statement.
 */
final class SqliteReflector implements Reflector {
    private static final Pattern CHECK = Pattern.compile(
            "(?:CONSTRAINT\\s+(\"[^\"]+\"|\\w+)\\s+)?CHECK\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static String schema(String schema) {
        return schema == null ? "main" : schema;
    }

    private static String master(String schema) {
        return "temp".equals(schema) ? "sqlite_temp_master" : "sqlite_master";
    }

    @Override
    public List<String> schemaNames(Connection c) throws SQLException {
        return CatalogQuery.list(c, "SELECT name FROM pragma_database_list WHERE name <> 'temp' ORDER BY seq",
                rs -> rs.getString(1));
    }

    @Override
    public String defaultSchemaName(Connection c) {
        return "main";
    }

    @Override
    public List<String> tableNames(Connection c, String schema) throws SQLException {
        return names(c, "table", schema);
    }

    @Override
    public List<String> viewNames(Connection c, String schema) throws SQLException {
        return names(c, "view", schema);
    }

    private static List<String> names(Connection c, String type, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT name FROM pragma_table_list WHERE schema = ? AND type = ?"
                + " AND name NOT LIKE 'sqlite~_%' ESCAPE '~' ORDER BY name", rs -> rs.getString(1), schema(schema), type);
    }

    @Override
    public String viewDefinition(Connection c, String view, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT sql FROM " + master(schema) + " WHERE type = 'view' AND name = ?", view);
    }

    @Override
    public List<ReflectedColumn> columns(Connection c, String table, String schema) throws SQLException {
        List<Object[]> rows = CatalogQuery.list(c,
                "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?, ?) ORDER BY cid",
                rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getInt(5)},
                table, schema(schema));
        long pkCount = rows.stream().filter(r -> (int) r[4] > 0).count();
        List<ReflectedColumn> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            boolean pk = (int) r[4] > 0;
            // a lone INTEGER PRIMARY KEY is an alias of the rowid: SQLite generates its values
            boolean rowid = pk && pkCount == 1 && "INTEGER".equalsIgnoreCase(String.valueOf(r[1]).trim());
            out.add(TypeNames.column((String) r[0], (String) r[1], (int) r[2] == 0 && !pk, (String) r[3], rowid, null));
        }
        return out;
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection c, String table, String schema) throws SQLException {
        List<String> cols = CatalogQuery.list(c, "SELECT name FROM pragma_table_info(?, ?) WHERE pk > 0 ORDER BY pk",
                rs -> rs.getString(1), table, schema(schema));
        return new ReflectedPrimaryKey(null, cols);
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection c, String table, String schema) throws SQLException {
        Map<Integer, Object[]> byId = new LinkedHashMap<>();
        for (Object[] r : CatalogQuery.list(c, "SELECT id, seq, \"table\", \"from\", \"to\", on_update, on_delete"
                        + " FROM pragma_foreign_key_list(?, ?) ORDER BY id, seq",
                rs -> new Object[] {rs.getInt(1), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        rs.getString(7)}, table, schema(schema))) {
            Object[] fk = byId.computeIfAbsent((Integer) r[0], k -> new Object[] {r[1], new ArrayList<String>(),
                    new ArrayList<String>(), r[4], r[5]});
            cast(fk[1]).add((String) r[2]);
            cast(fk[2]).add((String) r[3]);
        }
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (Object[] fk : byId.values()) {
            List<String> referred = cast(fk[2]);
            if (referred.stream().anyMatch(s -> s == null)) {
                // REFERENCES parent without columns: the parent's primary key
                referred = primaryKey(c, (String) fk[0], schema).columns();
            }
            out.add(new ReflectedForeignKey(null, cast(fk[1]), null, (String) fk[0], referred,
                    action((String) fk[4]), action((String) fk[3])));
        }
        return out;
    }

    private static String action(String rule) {
        return rule == null || rule.equals("NO ACTION") ? null : rule;
    }

    @SuppressWarnings("unchecked")
    private static List<String> cast(Object o) {
        return (List<String>) o;
    }

    @Override
    public List<ReflectedIndex> indexes(Connection c, String table, String schema) throws SQLException {
        List<ReflectedIndex> out = new ArrayList<>();
        for (Object[] idx : CatalogQuery.list(c, "SELECT name, \"unique\", origin FROM pragma_index_list(?, ?)"
                + " WHERE origin = 'c' ORDER BY name", rs -> new Object[] {rs.getString(1), rs.getInt(2)}, table, schema(schema))) {
            List<String> cols = new ArrayList<>();
            List<String> exprs = new ArrayList<>();
            for (String col : CatalogQuery.list(c, "SELECT name FROM pragma_index_xinfo(?, ?) WHERE key = 1 ORDER BY seqno",
                    rs -> rs.getString(1), idx[0], schema(schema))) {
                cols.add(col);
                exprs.add(col == null ? "(expression)" : null);
            }
            out.add(new ReflectedIndex((String) idx[0], cols, exprs.stream().allMatch(e -> e == null) ? List.of() : exprs,
                    (int) idx[1] == 1));
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection c, String table, String schema) throws SQLException {
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (String idx : CatalogQuery.list(c, "SELECT name FROM pragma_index_list(?, ?) WHERE origin = 'u' ORDER BY seq",
                rs -> rs.getString(1), table, schema(schema))) {
            out.add(new ReflectedUniqueConstraint(null, CatalogQuery.list(c,
                    "SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno", rs -> rs.getString(1), idx, schema(schema))));
        }
        return out;
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(Connection c, String table, String schema) throws SQLException {
        String sql = CatalogQuery.string(c, "SELECT sql FROM " + master(schema) + " WHERE type = 'table' AND name = ?", table);
        List<ReflectedCheckConstraint> out = new ArrayList<>();
        if (sql == null) {
            return out;
        }
        Matcher m = CHECK.matcher(sql);
        while (m.find()) {
            int depth = 1;
            int i = m.end();
            while (i < sql.length() && depth > 0) {
                char ch = sql.charAt(i++);
                depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            }
            String name = m.group(1) == null ? null : m.group(1).replace("\"", "");
            out.add(new ReflectedCheckConstraint(name, sql.substring(m.end(), i - 1).trim()));
        }
        return out;
    }

    @Override
    public boolean hasTable(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT name FROM pragma_table_list WHERE schema = ? AND name = ?",
                schema(schema), table) != null;
    }
}
