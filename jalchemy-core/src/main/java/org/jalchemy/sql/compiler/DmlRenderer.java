package org.jalchemy.sql.compiler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.sql.ColumnDefault;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.DmlStatement;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.TableClause;
import org.jalchemy.sql.Update;

/**
 * The INSERT / UPDATE / DELETE family of {@link SqlCompiler}, kept apart to keep the compiler small. It
 * writes into the compiler's buffer and calls its protected hooks, which dialects override
 * ({@code renderDefaultValues}, {@code renderOnConflict}).
 */
final class DmlRenderer {
    private final SqlCompiler c;

    DmlRenderer(SqlCompiler compiler) {
        this.c = compiler;
    }

    void insert(Insert insert) {
        TableClause table = insert.table();
        c.sql.append("INSERT INTO ");
        c.process(table);
        if (insert.fromSelectStatement() != null) {
            c.sql.append(" (");
            columnNames(insert.selectColumns());
            c.sql.append(") ");
            c.nested(insert.fromSelectStatement(), false);
            returning(insert);
            return;
        }
        if (!insert.multiValues().isEmpty()) {
            multiValues(insert);
        } else {
            singleRow(insert, table);
        }
        if (insert.onConflict() != null) {
            c.renderOnConflict(insert, insert.onConflict());
        }
        returning(insert);
    }

    private void singleRow(Insert insert, TableClause table) {
        Map<ColumnClause<?>, ColumnElement<?>> values = insert.showsAllColumns() ? insert.allColumnsRequired()
                : insert.valueMap();
        List<ColumnClause<?>> columns = new ArrayList<>();
        List<Runnable> renderers = new ArrayList<>();
        for (ColumnClause<?> column : table.columns()) {
            ColumnElement<?> value = values.get(column);
            if (value != null) {
                columns.add(column);
                renderers.add(() -> c.renderValue(value));
            } else if (column.insertDefault() != null) {
                ColumnDefault d = column.insertDefault();
                columns.add(column);
                renderers.add(() -> c.renderDefault(column, d));
            } else if (column instanceof Column<?> col && col.sequence() != null && c.dialect.supportsSequences()) {
                columns.add(column);
                renderers.add(() -> c.renderNextValue(col.sequence()));
            }
        }
        if (columns.isEmpty()) {
            c.renderDefaultValues();
            return;
        }
        c.sql.append(" (");
        columnNames(columns);
        c.sql.append(") VALUES (");
        for (int i = 0; i < renderers.size(); i++) {
            if (i > 0) {
                c.sql.append(", ");
            }
            renderers.get(i).run();
        }
        c.sql.append(')');
    }

    private void multiValues(Insert insert) {
        if (!c.dialect.supportsMultivaluesInsert()) {
            throw new CompileError("The '" + c.dialect.name() + "' dialect does not support multi-row INSERT ... VALUES");
        }
        List<Map<ColumnClause<?>, ColumnElement<?>>> rows = insert.multiValues();
        List<ColumnClause<?>> columns = new ArrayList<>(rows.get(0).keySet());
        List<ColumnClause<?>> defaulted = new ArrayList<>();
        for (ColumnClause<?> column : insert.table().columns()) {
            if (!columns.contains(column) && column.insertDefault() != null) {
                defaulted.add(column);
            }
        }
        List<ColumnClause<?>> all = new ArrayList<>(columns);
        all.addAll(defaulted);
        c.sql.append(" (");
        columnNames(all);
        c.sql.append(") VALUES ");
        for (int r = 0; r < rows.size(); r++) {
            c.sql.append(r == 0 ? "(" : ", (");
            int i = 0;
            for (ColumnClause<?> column : columns) {
                if (i++ > 0) {
                    c.sql.append(", ");
                }
                c.renderValue(rows.get(r).get(column));
            }
            for (ColumnClause<?> column : defaulted) {
                if (i++ > 0) {
                    c.sql.append(", ");
                }
                c.renderDefault(column, column.insertDefault());
            }
            c.sql.append(')');
        }
    }

    private void columnNames(List<ColumnClause<?>> columns) {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                c.sql.append(", ");
            }
            c.sql.append(c.preparer.quote(columns.get(i).name()));
        }
    }

    private void returning(DmlStatement statement) {
        List<ColumnElement<?>> returning = statement.returningColumns();
        if (returning.isEmpty()) {
            return;
        }
        boolean supported = statement instanceof Insert ? c.dialect.supportsInsertReturning()
                : statement instanceof Update ? c.dialect.supportsUpdateReturning() : c.dialect.supportsDeleteReturning();
        if (!supported) {
            throw new CompileError("RETURNING is not supported by the '" + c.dialect.name() + "' dialect for "
                    + statement.getClass().getSimpleName().toUpperCase());
        }
        c.sql.append(" RETURNING ");
        c.renderReturningColumns(returning);
    }

    void update(Update update) {
        TableClause table = update.table();
        List<FromClause> extraFroms = extraFroms(table, update);
        c.pushFrame(table);
        c.sql.append("UPDATE ");
        c.process(table);
        if (!extraFroms.isEmpty()) {
            c.renderUpdateExtraTablesBeforeSet(extraFroms);
        }
        c.sql.append(" SET ");
        Map<ColumnClause<?>, ColumnElement<?>> values = update.valueMap();
        int i = 0;
        for (ColumnClause<?> column : table.columns()) {
            ColumnElement<?> value = values.get(column);
            ColumnDefault onUpdate = column.updateDefault();
            if (value == null && values.isEmpty()) {
                // no values at all: every column, as SQLAlchemy's string form shows
                value = requiredBind(column);
            } else if (value == null && onUpdate == null) {
                continue;
            }
            if (i++ > 0) {
                c.sql.append(", ");
            }
            if (!extraFroms.isEmpty()) {
                c.renderUpdateSetTarget(table);
            }
            c.sql.append(c.preparer.quote(column.name())).append('=');
            if (value != null) {
                c.renderValue(value);
            } else {
                c.renderDefault(column, onUpdate);
            }
        }
        if (!extraFroms.isEmpty()) {
            c.renderUpdateExtraTablesAfterSet(extraFroms);
        }
        if (update.whereClause() != null) {
            c.sql.append(" WHERE ");
            c.process(update.whereClause());
        }
        returning(update);
        c.popFrame();
    }

    /** The other tables a multi-table UPDATE refers to in its WHERE clause and values. */
    private static List<FromClause> extraFroms(TableClause table, Update update) {
        List<FromClause> out = new ArrayList<>();
        List<ClauseElement> scanned = new ArrayList<>(update.valueMap().values());
        if (update.whereClause() != null) {
            scanned.add(update.whereClause());
        }
        for (ClauseElement e : scanned) {
            for (FromClause from : FromClause.referencedBy(e)) {
                if (from != table && !out.contains(from)) {
                    out.add(from);
                }
            }
        }
        return out;
    }

    /** Multi-table DELETE is not supported: another table may appear only inside a subquery. */
    private static void requireSingleTable(String verb, TableClause table, ClauseElement where) {
        for (FromClause from : FromClause.referencedBy(where)) {
            if (from != table) {
                throw new CompileError(verb + " of '" + table.fullName() + "' refers to '" + from.description()
                        + "' in its WHERE clause; use a subquery (exists() or in()) for other tables");
            }
        }
    }

    private static <T> BindParameter<T> requiredBind(ColumnClause<T> column) {
        return new BindParameter<>(column.key(), BindParameter.REQUIRED, column.type(), false, false);
    }

    void delete(Delete delete) {
        c.pushFrame(delete.table());
        c.sql.append("DELETE FROM ");
        c.process(delete.table());
        if (delete.whereClause() != null) {
            requireSingleTable("DELETE", delete.table(), delete.whereClause());
            c.sql.append(" WHERE ");
            c.process(delete.whereClause());
        }
        returning(delete);
        c.popFrame();
    }
}
