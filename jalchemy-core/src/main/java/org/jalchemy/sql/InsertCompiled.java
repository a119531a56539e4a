package org.jalchemy.sql;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.ResultColumn;
import org.jalchemy.sql.compiler.SqlCompiled;

/**
 * The compiled form of an {@link Insert}: the statement as given, plus one variant per set of column
 * keys supplied in execution parameters (SQLAlchemy compiles INSERT against the parameters' keys; the
 * engine compiles before it sees them, so the variants are made at bind time and kept here).
 */
final class InsertCompiled implements Compiled {
    private final Dialect dialect;
    private final SqlCompiled exact;
    private final String[] generatedKeys;
    private final List<ResultColumn> generatedKeyReaders;
    private final Map<Set<String>, Compiled> variants = new ConcurrentHashMap<>();

    /**
     * The variant a values-less INSERT made for the keys it last ran with, kept on that statement
     * ({@link Insert#bindMemo}): an executemany binds the same pair for every row. {@code owner} is the compiled
     * form that made it (a statement run on two engines has one per dialect). {@code direct} is the variant's
     * compiled form when an executemany row can be bound straight from the parameters (no expanding binds, no
     * two placeholders of one name), or null.
     */
    private record LastVariant(InsertCompiled owner, String[] keys, Insert variant, Compiled compiled,
                               SqlCompiled direct) {
        /** Same size and every remembered key present means the same key set; asks the caller's map only. */
        boolean matches(Map<String, ?> parameters) {
            if (parameters.size() != keys.length) {
                return false;
            }
            for (String key : keys) {
                if (!parameters.containsKey(key)) {
                    return false;
                }
            }
            return true;
        }
    }

    InsertCompiled(Insert insert, Dialect dialect) {
        this.dialect = dialect;
        this.exact = (SqlCompiled) insert.compileExactly(dialect);
        this.generatedKeys = generatedKeys(insert);
        ColumnClause<?> auto = insert.table().autoincrementColumn();
        this.generatedKeyReaders = generatedKeys == null ? List.of()
                : List.of(new ResultColumn(auto.name(), dialect.typeDescriptor(auto.type()).reader(dialect)));
    }

    private static String[] generatedKeys(Insert insert) {
        ColumnClause<?> auto = insert.table().autoincrementColumn();
        boolean singleRow = insert.multiValues().isEmpty() && insert.fromSelectStatement() == null;
        if (auto == null || !singleRow || !insert.returningColumns().isEmpty()) {
            return null;
        }
        if (!insert.hasNoValues() && insert.valueMap().containsKey(auto)) {
            return null;
        }
        return new String[] {auto.name()};
    }

    @Override
    public String sql() {
        return exact.sql();
    }

    @Override
    public BoundStatement bind(Executable statement, Map<String, ?> parameters) {
        Insert insert = (Insert) statement;
        boolean byValues = insert.multiValues().isEmpty() && insert.fromSelectStatement() == null;
        if (!byValues) {
            return exact.bind(insert, parameters);
        }
        LastVariant memo = memoOf(insert);
        if (insert.hasNoValues() && parameters != null && memo != null && memo.matches(parameters)) {
            return memo.compiled().bind(memo.variant(), parameters);
        }
        Set<String> extra = new TreeSet<>();
        if (parameters != null) {
            List<String> known = insert.hasNoValues() ? List.of() : exact.bindNames();
            for (String key : parameters.keySet()) {
                if (!known.contains(key)) {
                    extra.add(key);
                }
            }
        }
        if (!insert.hasNoValues() && extra.isEmpty()) {
            return exact.bind(insert, parameters);
        }
        Insert variant = insert.withParameterColumns(extra);
        Compiled compiled = variants.computeIfAbsent(extra, k -> variant.compileExactly(dialect));
        if (insert.hasNoValues() && parameters != null) {
            SqlCompiled direct = compiled instanceof SqlCompiled sc && !sc.expanding() && sc.distinctNames() ? sc : null;
            insert.bindMemo = new LastVariant(this, extra.toArray(new String[0]), variant, compiled, direct);
        }
        return compiled.bind(variant, parameters);
    }

    /**
     * An executemany of a values-less INSERT binds every row against the variant its first row made: its
     * placeholders are that row's keys plus column defaults, so a row binds the same SQL exactly when all of
     * its keys fill placeholders and none that only a key can fill is left empty. That check and the binding
     * are one lookup per placeholder.
     */
    @Override
    public boolean bindRow(Executable statement, Map<String, ?> parameters, String batchSql, PreparedStatement ps)
            throws SQLException {
        LastVariant memo = statement instanceof Insert insert ? memoOf(insert) : null;
        if (memo != null && memo.direct() != null && parameters != null && memo.direct().sql().equals(batchSql)) {
            int filled = memo.direct().bindSlots(memo.variant(), parameters, ps, true);
            return filled == parameters.size();
        }
        return Compiled.super.bindRow(statement, parameters, batchSql, ps);
    }

    /** The memo {@code insert} holds from this compiled form, or null. */
    private LastVariant memoOf(Insert insert) {
        return insert.bindMemo instanceof LastVariant memo && memo.owner() == this ? memo : null;
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return exact.resultColumns();
    }

    @Override
    public String[] generatedKeyColumns() {
        return generatedKeys == null ? null : generatedKeys.clone();
    }

    @Override
    public List<ResultColumn> generatedKeyResultColumns() {
        return generatedKeyReaders;
    }

    @Override
    public String toString() {
        return exact.sql();
    }
}
