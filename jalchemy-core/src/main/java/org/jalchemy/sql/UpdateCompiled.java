package org.jalchemy.sql;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.ResultColumn;
import org.jalchemy.sql.compiler.SqlCompiled;

/**
 * The compiled form of an {@link Update} without values: as SQLAlchemy, the SET clause takes the columns
 * named by the execution parameters' keys (the other keys must be bind parameters of the statement, such as
 * {@code bindparam("b_id")} in its WHERE), one variant per set of keys.
 */
final class UpdateCompiled implements Compiled {
    private final Dialect dialect;
    private final SqlCompiled exact;
    private final Set<String> whereBinds;
    private final Map<Set<String>, Compiled> variants = new ConcurrentHashMap<>();

    UpdateCompiled(Update update, Dialect dialect) {
        this.dialect = dialect;
        this.exact = (SqlCompiled) update.compileExactly(dialect);
        Set<String> names = new java.util.HashSet<>();
        if (update.whereClause() != null) {
            for (BindParameter<?> b : StatementShape.of(update.whereClause()).binds()) {
                if (!b.unique()) {
                    names.add(b.key());
                }
            }
        }
        this.whereBinds = Set.copyOf(names);
    }

    @Override
    public String sql() {
        return exact.sql();
    }

    @Override
    public BoundStatement bind(Executable statement, Map<String, ?> parameters) {
        Update update = (Update) statement;
        Set<String> columns = new TreeSet<>();
        if (parameters != null) {
            for (String key : parameters.keySet()) {
                if (whereBinds.contains(key)) {
                    continue;
                }
                if (update.table().columns().contains(key)) {
                    columns.add(key);
                } else {
                    throw new ArgumentError("Unconsumed column names: " + key + " (table '"
                            + update.table().fullName() + "' has columns " + update.table().columns().keys() + ")");
                }
            }
        }
        if (columns.isEmpty()) {
            throw new ArgumentError("An UPDATE without values() needs execution parameters naming the columns to set");
        }
        Update variant = update.withParameterColumns(columns);
        return variants.computeIfAbsent(columns, k -> variant.compileExactly(dialect)).bind(variant, parameters);
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return exact.resultColumns();
    }

    @Override
    public String toString() {
        return exact.sql();
    }
}
