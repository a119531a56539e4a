package org.jalchemy.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.types.Binder;
import org.jalchemy.types.JdbcValues;
import org.jalchemy.types.TypeEngine;

/** The compiled form of a {@link TextClause}: fragments escaped for the dialect, binders resolved once. */
final class TextCompiled implements Compiled {
    private final String sql;
    private final String[] fragments;
    private final String[] names;
    private final Binder[] binders;
    private final List<org.jalchemy.sql.compiler.ResultColumn> resultColumns;
    private final boolean returnsRows;
    private static final java.util.regex.Pattern INTO =
            java.util.regex.Pattern.compile("\\bINTO\\b", java.util.regex.Pattern.CASE_INSENSITIVE);

    TextCompiled(TextClause clause, Dialect dialect) {
        List<String> raw = clause.fragments();
        this.fragments = new String[raw.size()];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.size(); i++) {
            fragments[i] = dialect.escapeLiteralQuestionMarks(raw.get(i));
            if (i > 0) {
                out.append('?');
            }
            out.append(fragments[i]);
        }
        this.sql = out.toString();
        this.names = clause.bindNames().toArray(new String[0]);
        List<org.jalchemy.sql.compiler.ResultColumn> cols = new ArrayList<>();
        for (ColumnElement<?> c : clause.resultColumns()) {
            cols.add(new org.jalchemy.sql.compiler.ResultColumn(c.name(),
                    dialect.typeDescriptor(c.type()).reader(dialect)));
        }
        this.resultColumns = List.copyOf(cols);
        this.returnsRows = !resultColumns.isEmpty() || isPlainSelect(sql);
        this.binders = new Binder[names.length];
        Map<String, TypeEngine<?>> types = clause.bindTypes();
        for (int i = 0; i < names.length; i++) {
            TypeEngine<?> type = types.get(names[i]);
            binders[i] = type == null ? JdbcValues.OBJECT_BINDER : dialect.typeDescriptor(type).binder(dialect);
        }
    }

    @Override
    public List<org.jalchemy.sql.compiler.ResultColumn> resultColumns() {
        return resultColumns;
    }

    @Override
    public boolean returnsRows() {
        return returnsRows;
    }

    /**
     * A text that starts with SELECT returns rows, unless it selects INTO something (a table on PostgreSQL,
     * variables on MariaDB); anything else is left for the driver to find out.
     */
    private static boolean isPlainSelect(String sql) {
        String head = sql.stripLeading();
        if (!head.regionMatches(true, 0, "SELECT", 0, 6)) {
            return false;
        }
        return !INTO.matcher(head).find();
    }

    @Override
    public String sql() {
        return sql;
    }

    @Override
    public BoundStatement bind(Executable statement, Map<String, ?> parameters) {
        Map<String, Object> defaults = ((TextClause) statement).boundValues();
        Object[] values = new Object[names.length];
        boolean expanding = false;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            Object value;
            if (parameters != null && parameters.containsKey(name)) {
                value = parameters.get(name);
            } else if (defaults.containsKey(name)) {
                value = defaults.get(name);
            } else {
                throw new ArgumentError("A value is required for bind parameter '" + name + "'");
            }
            expanding |= value instanceof Collection<?>;
            values[i] = value;
        }
        if (!expanding) {
            return new BoundStatement(sql, values, binders);
        }
        return expand(values);
    }

    /** One lookup per name, straight onto the statement; a collection value (an IN list) changes the SQL, so it takes {@link #bind}. */
    @Override
    public boolean bindRow(Executable statement, Map<String, ?> parameters, String batchSql, PreparedStatement ps)
            throws SQLException {
        if (!sql.equals(batchSql)) {
            return Compiled.super.bindRow(statement, parameters, batchSql, ps);
        }
        Map<String, Object> defaults = null;
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            Object value = parameters.get(name);
            if (value == null && !parameters.containsKey(name)) {
                if (defaults == null) {
                    defaults = ((TextClause) statement).boundValues();
                }
                if (!defaults.containsKey(name)) {
                    throw new ArgumentError("A value is required for bind parameter '" + name + "'");
                }
                value = defaults.get(name);
            }
            if (value instanceof Collection<?>) {
                return Compiled.super.bindRow(statement, parameters, batchSql, ps);
            }
            binders[i].bind(ps, i + 1, value);
        }
        return true;
    }

    private BoundStatement expand(Object[] values) {
        StringBuilder out = new StringBuilder(fragments[0]);
        List<Object> flat = new ArrayList<>();
        List<Binder> flatBinders = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] instanceof Collection<?> many) {
                if (many.isEmpty()) {
                    throw new ArgumentError("Bind parameter '" + names[i] + "' was given an empty collection;"
                            + " an IN list needs at least one value in text()");
                }
                int k = 0;
                for (Object v : many) {
                    out.append(k++ == 0 ? "?" : ", ?");
                    flat.add(v);
                    flatBinders.add(binders[i]);
                }
            } else {
                out.append('?');
                flat.add(values[i]);
                flatBinders.add(binders[i]);
            }
            out.append(fragments[i + 1]);
        }
        return new BoundStatement(out.toString(), flat.toArray(), flatBinders.toArray(new Binder[0]));
    }
}
