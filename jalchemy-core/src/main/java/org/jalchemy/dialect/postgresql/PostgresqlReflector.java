package org.jalchemy.dialect.postgresql;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Reads PostgreSQL's {@code pg_catalog}: one query per question and table, whatever the number of columns.
 * Constraint columns come in key order from {@code unnest(... ) WITH ORDINALITY}.
 */
final class PostgresqlReflector implements Reflector {
    /** The relation {@code ?} in schema {@code ?} (or the current schema when null). */
    private static final String REL = "(SELECT c.oid FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE c.relname = ? AND n.nspname = coalesce(?, current_schema()))";

    @Override
    public List<String> schemaNames(Connection c) throws SQLException {
        return CatalogQuery.list(c, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + " AND nspname <> 'information_schema' ORDER BY nspname", rs -> rs.getString(1));
    }

    @Override
    public String defaultSchemaName(Connection c) throws SQLException {
        return CatalogQuery.string(c, "SELECT current_schema()");
    }

    @Override
    public List<String> tableNames(Connection c, String schema) throws SQLException {
        return relations(c, schema, "'r', 'p'");
    }

    @Override
    public List<String> viewNames(Connection c, String schema) throws SQLException {
        return relations(c, schema, "'v', 'm'");
    }

    private static List<String> relations(Connection c, String schema, String kinds) throws SQLException {
        return CatalogQuery.list(c, "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = coalesce(?, current_schema()) AND c.relkind IN (" + kinds + ")"
                + " AND NOT c.relispartition ORDER BY c.relname", rs -> rs.getString(1), schema);
    }

    @Override
    public String viewDefinition(Connection c, String view, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT pg_get_viewdef(c.oid, true) FROM pg_class c WHERE c.oid = " + REL
                + " AND c.relkind IN ('v', 'm')", view, schema);
    }

    @Override
    public List<ReflectedColumn> columns(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                        + " pg_get_expr(d.adbin, d.adrelid), a.attidentity, col_description(a.attrelid, a.attnum)"
                        + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE a.attrelid = " + REL + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum",
                rs -> {
                    String def = rs.getString(4);
                    String identity = rs.getString(5);
                    boolean auto = (identity != null && !identity.isEmpty()) || (def != null && def.startsWith("nextval("));
                    return TypeNames.column(rs.getString(1), rs.getString(2), rs.getBoolean(3), def, auto, rs.getString(6));
                }, table, schema);
    }

    @Override
    public ReflectedPrimaryKey primaryKey(Connection c, String table, String schema) throws SQLException {
        List<String[]> rows = CatalogQuery.list(c, "SELECT con.conname, a.attname FROM pg_constraint con"
                        + " CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, ord)"
                        + " JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum"
                        + " WHERE con.conrelid = " + REL + " AND con.contype = 'p' ORDER BY k.ord",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, table, schema);
        return new ReflectedPrimaryKey(rows.isEmpty() ? null : rows.get(0)[0], rows.stream().map(r -> r[1]).toList());
    }

    @Override
    public List<ReflectedForeignKey> foreignKeys(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT con.conname,"
                        + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),"
                        + " rn.nspname, rc.relname,"
                        + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) WITH ORDINALITY k(n, ord)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n),"
                        + " con.confdeltype, con.confupdtype, rn.nspname = current_schema()"
                        + " FROM pg_constraint con JOIN pg_class rc ON rc.oid = con.confrelid"
                        + " JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
                        + " WHERE con.conrelid = " + REL + " AND con.contype = 'f' ORDER BY con.conname",
                rs -> new ReflectedForeignKey(rs.getString(1), strings(rs.getArray(2)),
                        rs.getBoolean(8) && schema == null ? null : rs.getString(3), rs.getString(4),
                        strings(rs.getArray(5)), action(rs.getString(6)), action(rs.getString(7))), table, schema);
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String action(String code) {
        switch (code == null ? "a" : code) {
            case "r":
                return "RESTRICT";
            case "c":
                return "CASCADE";
            case "n":
                return "SET NULL";
            case "d":
                return "SET DEFAULT";
            default:
                return null;
        }
    }

    @Override
    public List<ReflectedIndex> indexes(Connection c, String table, String schema) throws SQLException {
        List<Object[]> rows = CatalogQuery.list(c, "SELECT ic.relname, i.indisunique, k.ord, a.attname,"
                        + " pg_get_indexdef(i.indexrelid, k.ord::int, true)"
                        + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid"
                        + " CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord)"
                        + " LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum AND k.attnum > 0"
                        + " WHERE i.indrelid = " + REL + " AND NOT i.indisprimary"
                        + " AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid AND con.contype IN ('p', 'u', 'x'))"
                        + " AND k.ord <= i.indnkeyatts ORDER BY ic.relname, k.ord",
                rs -> new Object[] {rs.getString(1), rs.getBoolean(2), rs.getString(4), rs.getString(5)}, table, schema);
        List<ReflectedIndex> out = new ArrayList<>();
        String current = null;
        List<String> cols = null;
        List<String> exprs = null;
        boolean unique = false;
        for (Object[] r : rows) {
            if (!r[0].equals(current)) {
                if (current != null) {
                    out.add(index(current, cols, exprs, unique));
                }
                current = (String) r[0];
                cols = new ArrayList<>();
                exprs = new ArrayList<>();
                unique = (Boolean) r[1];
            }
            cols.add((String) r[2]);
            exprs.add(r[2] == null ? (String) r[3] : null);
        }
        if (current != null) {
            out.add(index(current, cols, exprs, unique));
        }
        return out;
    }

    private static ReflectedIndex index(String name, List<String> cols, List<String> exprs, boolean unique) {
        return new ReflectedIndex(name, cols, exprs.stream().allMatch(e -> e == null) ? List.of() : exprs, unique);
    }

    @Override
    public List<ReflectedUniqueConstraint> uniqueConstraints(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT con.conname,"
                        + " (SELECT array_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) WITH ORDINALITY k(n, ord)"
                        + "   JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n)"
                        + " FROM pg_constraint con WHERE con.conrelid = " + REL + " AND con.contype = 'u' ORDER BY con.conname",
                rs -> new ReflectedUniqueConstraint(rs.getString(1), strings(rs.getArray(2))), table, schema);
    }

    @Override
    public List<ReflectedCheckConstraint> checkConstraints(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.list(c, "SELECT con.conname, pg_get_constraintdef(con.oid, true) FROM pg_constraint con"
                        + " WHERE con.conrelid = " + REL + " AND con.contype = 'c' ORDER BY con.conname",
                rs -> new ReflectedCheckConstraint(rs.getString(1), stripCheck(rs.getString(2))), table, schema);
    }

    private static String stripCheck(String def) {
        String s = def.trim();
        if (s.startsWith("CHECK (") && s.endsWith(")")) {
            s = s.substring(7, s.length() - 1);
        }
        return s;
    }

    @Override
    public String tableComment(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT obj_description(" + REL + ", 'pg_class')", table, schema);
    }

    @Override
    public List<String> sequenceNames(Connection c, String schema) throws SQLException {
        return relations(c, schema, "'S'");
    }

    @Override
    public boolean hasTable(Connection c, String table, String schema) throws SQLException {
        return CatalogQuery.string(c, "SELECT 1 FROM pg_class c WHERE c.oid = " + REL
                + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f')", table, schema) != null;
    }
}
