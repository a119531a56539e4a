package org.jalchemy.dialect.mysql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Reads MariaDB's and MySQL's {@code information_schema}. Unique constraints are unique indexes there, so
 * they are reported both as indexes (unique) and as unique constraints, as SQLAlchemy does. MariaDB reports
 * a column without default as the text {@code NULL}; that becomes no default.
 */
final class MySqlReflector implements Reflector {
    private static final String DB = "coalesce(?, DATABASE())";

    @Override
    public List<String> schemaNames(Connection c) throws SQLException {
        return CatalogQuery.list(c, "SELECT schema_name FROM information_schema.schemata ORDER BY schema_name",
                rs -> rs.getString(1));
    }

    @Override
    public String defaultSchemaName(Connection c) throws SQLException {
        return CatalogQuery.string(c, "SELECT DATABASE()");
    }

    @Override
    public List<String> tableNames(Connection c, String schema) throws SQLException {
        return sorted(CatalogQuery.list(c, "SELECT table_name FROM information_schema.tables WHERE table_schema = " + DB
                + " AND table_type = 'BASE TABLE'", rs -> rs.getString(1), schema));
    }

    @Override
    public List<String> viewNames(Connection c, String schema) throws SQLException {
        return sorted(CatalogQuery.list(c, "SELECT table_name FROM information_schema.views WHERE table_schema = " + DB,
                rs -> rs.getString(1), schema));
    }

    /** information_schema sorts case-insensitively; every dialect reports names in binary order. */
    private static List<String> sorted(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.sort(null);
        return out;
    }

    @Override
    public String viewDefinition(Connection c, String view, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT view_definition FROM information_schema.views WHERE table_schema = " + DB
                + " AND table_name = ?", schema, view);
    }

    @Override
    public List<ReflectedColumn> columns(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT column_name, column_type, is_nullable, column_default, extra, column_comment"
                        + " FROM information_schema.columns WHERE table_schema = " + DB + " AND table_name = ?"
                        + " ORDER BY ordinal_position",
                rs -> {
                    String def = rs.getString(4);
                    if (def != null && def.equals("NULL")) {
                        def = null;
                    }
                    String comment = rs.getString(6);
                    return TypeNames.column(rs.getString(1), rs.getString(2), "YES".equals(rs.getString(3)), def,
                            String.valueOf(rs.getString(5)).contains("auto_increment"),
                            comment == null || comment.isEmpty() ? null : comment);
                }, schema, table);
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection c, String table, String schema) throws SQLException {
        List<String> cols = CatalogQuery.list(c, "SELECT column_name FROM information_schema.key_column_usage"
                + " WHERE table_schema = " + DB + " AND table_name = ? AND constraint_name = 'PRIMARY'"
                + " ORDER BY ordinal_position", rs -> rs.getString(1), schema, table);
        return new ReflectedPrimaryKey(cols.isEmpty() ? null : "PRIMARY", cols);
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection c, String table, String schema) throws SQLException {
        Map<String, Object[]> byName = new LinkedHashMap<>();
        for (String[] r : CatalogQuery.list(c, "SELECT k.constraint_name, k.column_name, k.referenced_table_schema,"
                        + " k.referenced_table_name, k.referenced_column_name, rc.delete_rule, rc.update_rule"
                        + " FROM information_schema.key_column_usage k JOIN information_schema.referential_constraints rc"
                        + " ON rc.constraint_schema = k.constraint_schema AND rc.constraint_name = k.constraint_name"
                        + " AND rc.table_name = k.table_name"
                        + " WHERE k.table_schema = " + DB + " AND k.table_name = ? AND k.referenced_table_name IS NOT NULL"
                        + " ORDER BY k.constraint_name, k.ordinal_position",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7)}, schema, table)) {
            Object[] fk = byName.computeIfAbsent(r[0], k -> new Object[] {r[2], r[3], new ArrayList<String>(),
                    new ArrayList<String>(), r[5], r[6]});
            list(fk[2]).add(r[1]);
            list(fk[3]).add(r[4]);
        }
        String current = defaultSchemaName(c);
        List<ReflectedForeignKey> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : byName.entrySet()) {
            Object[] fk = e.getValue();
            String referredSchema = schema == null && fk[0].equals(current) ? null : (String) fk[0];
            out.add(new ReflectedForeignKey(e.getKey(), list(fk[2]), referredSchema, (String) fk[1], list(fk[3]),
                    action((String) fk[4]), action((String) fk[5])));
        }
        return out;
    }

    private static String action(String rule) {
        return rule == null || rule.equals("NO ACTION") || rule.equals("RESTRICT") ? null : rule;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object o) {
        return (List<String>) o;
    }

    private Map<String, Object[]> statistics(Connection c, String table, String schema) throws SQLException {
        Map<String, Object[]> byName = new LinkedHashMap<>();
        for (Object[] r : CatalogQuery.list(c, "SELECT index_name, non_unique, column_name FROM information_schema.statistics"
                        + " WHERE table_schema = " + DB + " AND table_name = ? AND index_name <> 'PRIMARY'"
                        + " ORDER BY index_name, seq_in_index",
                rs -> new Object[] {rs.getString(1), rs.getInt(2) == 0, rs.getString(3)}, schema, table)) {
            Object[] idx = byName.computeIfAbsent((String) r[0], k -> new Object[] {r[1], new ArrayList<String>()});
            list(idx[1]).add((String) r[2]);
        }
        return byName;
    }

    @Override
    public List<ReflectedIndex> indexes(Connection c, String table, String schema) throws SQLException {
        List<ReflectedIndex> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : statistics(c, table, schema).entrySet()) {
            out.add(new ReflectedIndex(e.getKey(), list(e.getValue()[1]), List.of(), (Boolean) e.getValue()[0]));
        }
        return out;
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection c, String table, String schema) throws SQLException {
        List<ReflectedUniqueConstraint> out = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : statistics(c, table, schema).entrySet()) {
            if ((Boolean) e.getValue()[0]) {
                out.add(new ReflectedUniqueConstraint(e.getKey(), list(e.getValue()[1])));
            }
        }
        return out;
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT constraint_name, check_clause FROM information_schema.check_constraints"
                        + " WHERE constraint_schema = " + DB + " AND table_name = ? ORDER BY constraint_name",
                rs -> new ReflectedCheckConstraint(rs.getString(1), rs.getString(2)), schema, table);
    }

    @Override
    public String tableComment(Connection c, String table, String schema) throws SQLException {
        String comment = CatalogQuery.string(c, "SELECT table_comment FROM information_schema.tables"
                + " WHERE table_schema = " + DB + " AND table_name = ?", schema, table);
        return comment == null || comment.isEmpty() ? null : comment;
    }

    @Override
    public boolean hasTable(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT 1 FROM information_schema.tables WHERE table_schema = " + DB
                + " AND table_name = ?", schema, table) != null;
    }
}
