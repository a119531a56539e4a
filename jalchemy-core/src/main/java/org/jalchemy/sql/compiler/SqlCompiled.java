package org.jalchemy.sql.compiler;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.ExecutableClause;
import org.jalchemy.sql.StatementShape;
import org.jalchemy.types.Binder;

/**
 * The output of {@link SqlCompiler}: SQL with placeholders, one {@link BindSlot} per placeholder and the
 * result columns. Holds no values; immutable and shared.
 * <pre>{@code
 * SqlCompiled c = (SqlCompiled) stmt.compile(dialect);
 * c.bindNames(); // [l_name_1]
 * }</pre>
 */
public final class SqlCompiled implements Compiled {
    private final String sql;
    private final BindSlot[] slots;
    private final List<ResultColumn> resultColumns;
    private final boolean expanding;
    private final Binder[] binders;
    private final String[] generatedKeys;
    /** The last {@link OrderedParameters#names()} array found to match the placeholders (a benign race). */
    private volatile String[] orderedNames;

    public SqlCompiled(String sql, List<BindSlot> slots, List<ResultColumn> resultColumns, String[] generatedKeys) {
        this.sql = sql;
        this.slots = slots.toArray(new BindSlot[0]);
        this.resultColumns = List.copyOf(resultColumns);
        this.expanding = slots.stream().anyMatch(BindSlot::expanding);
        this.binders = new Binder[this.slots.length];
        for (int i = 0; i < this.slots.length; i++) {
            binders[i] = this.slots[i].binder();
        }
        this.generatedKeys = generatedKeys;
    }

    @Override
    public String sql() {
        return sql;
    }

    /** The bind names in placeholder order. */
    public List<String> bindNames() {
        List<String> out = new ArrayList<>();
        for (BindSlot s : slots) {
            out.add(s.name());
        }
        return out;
    }

    /** The placeholders in order. */
    public List<BindSlot> slots() {
        return List.of(slots);
    }

    @Override
    public List<ResultColumn> resultColumns() {
        return resultColumns;
    }

    @Override
    public String[] generatedKeyColumns() {
        return generatedKeys == null ? null : generatedKeys.clone();
    }

    /** The values the placeholders get for {@code statement} and {@code parameters}, before expansion. */
    public List<Object> values(Executable statement, Map<String, ?> parameters) {
        return java.util.Arrays.asList(valueArray(statement, parameters));
    }

    private Object[] valueArray(Executable statement, Map<String, ?> parameters) {
        if (parameters instanceof OrderedParameters ordered && inOrder(ordered.names())) {
            Object[] out = new Object[slots.length];
            for (int i = 0; i < out.length; i++) {
                out[i] = ordered.valueAt(i);
            }
            return out;
        }
        StatementShape shape = slots.length == 0 ? null : shapeOf(statement);
        Object[] out = new Object[slots.length];
        for (int i = 0; i < slots.length; i++) {
            out[i] = valueOf(slots[i], shape, parameters);
        }
        return out;
    }

    /** Whether the placeholders are exactly {@code names}, in order; remembered for the last array checked. */
    private boolean inOrder(String[] names) {
        if (names == orderedNames) {
            return true;
        }
        if (names.length != slots.length) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(slots[i].name())) {
                return false;
            }
        }
        orderedNames = names;
        return true;
    }

    private static StatementShape shapeOf(Executable statement) {
        if (statement instanceof ExecutableClause ec) {
            return ec.shape();
        }
        return StatementShape.of((ClauseElement) statement);
    }

    private static Object valueOf(BindSlot slot, StatementShape shape, Map<String, ?> parameters) {
        if (parameters != null && parameters.containsKey(slot.name())) {
            return parameters.get(slot.name());
        }
        Object value = fallback(slot, shape);
        if (value == BindParameter.REQUIRED) {
            throw required(slot);
        }
        return value;
    }

    /** A placeholder's value when the parameters do not name it, or {@link BindParameter#REQUIRED}. */
    private static Object fallback(BindSlot slot, StatementShape shape) {
        if (slot.shapeIndex() >= 0 && slot.shapeIndex() < shape.bindCount()) {
            return shape.bind(slot.shapeIndex()).value();
        }
        if (slot.generator() != null) {
            return slot.generator().get();
        }
        if (slot.fixed() != null) {
            return slot.fixed().value();
        }
        return BindParameter.REQUIRED;
    }

    private static ArgumentError required(BindSlot slot) {
        return new ArgumentError("A value is required for bind parameter '" + slot.name() + "'");
    }

    @Override
    public boolean bindRow(Executable statement, Map<String, ?> parameters, String batchSql, PreparedStatement ps)
            throws SQLException {
        if (expanding || parameters instanceof OrderedParameters || !sql.equals(batchSql)) {
            return Compiled.super.bindRow(statement, parameters, batchSql, ps);
        }
        bindSlots(statement, parameters, ps, false);
        return true;
    }

    /**
     * Sets every placeholder from {@code parameters}, or from the statement and column defaults where they do
     * not name it, without an array or a {@link BoundStatement}: one map lookup per placeholder (two when the
     * value is null). Only for SQL without expanding binds, which no value can change.
     *
     * @param strict whether a placeholder that only the parameters could fill, and they do not, returns -1
     *               (half bound) instead of throwing
     * @return how many placeholders took their value from {@code parameters}, or -1 (strict only)
     */
    public int bindSlots(Executable statement, Map<String, ?> parameters, PreparedStatement ps, boolean strict)
            throws SQLException {
        StatementShape shape = null;
        int fromParameters = 0;
        for (int i = 0; i < slots.length; i++) {
            BindSlot slot = slots[i];
            Object value = parameters.get(slot.name());
            if (value != null || parameters.containsKey(slot.name())) {
                fromParameters++;
            } else {
                if (shape == null) {
                    shape = shapeOf(statement);
                }
                value = fallback(slot, shape);
                if (value == BindParameter.REQUIRED) {
                    if (strict) {
                        return -1;
                    }
                    throw required(slot);
                }
            }
            binders[i].bind(ps, i + 1, value);
        }
        return fromParameters;
    }

    /** Whether no two placeholders share a name, so {@link #bindSlots}'s count is a count of distinct names. */
    public boolean distinctNames() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BindSlot slot : slots) {
            if (!seen.add(slot.name())) {
                return false;
            }
        }
        return true;
    }

    /** Whether any placeholder is an expanding IN bind, whose SQL depends on the value. */
    public boolean expanding() {
        return expanding;
    }

    @Override
    public BoundStatement bind(Executable statement, Map<String, ?> parameters) {
        Object[] values = valueArray(statement, parameters);
        if (!expanding) {
            // the binder array is shared: BoundStatement only reads it
            return new BoundStatement(sql, values, binders);
        }
        return expand(values);
    }

    private BoundStatement expand(Object[] values) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        List<Object> flat = new ArrayList<>();
        List<Binder> binders = new ArrayList<>();
        int copied = 0;
        for (int i = 0; i < slots.length; i++) {
            BindSlot slot = slots[i];
            Object value = values[i];
            if (!slot.expanding()) {
                flat.add(value);
                binders.add(slot.binder());
                continue;
            }
            out.append(sql, copied, slot.markerStart());
            copied = slot.markerEnd();
            Collection<?> many = value instanceof Collection<?> c ? c : java.util.Collections.singletonList(value);
            if (many.isEmpty()) {
                out.append(slot.emptySet());
                continue;
            }
            int k = 0;
            for (Object v : many) {
                out.append(k++ == 0 ? "?" : ", ?");
                flat.add(v);
                binders.add(slot.binder());
            }
        }
        out.append(sql, copied, sql.length());
        return new BoundStatement(out.toString(), flat.toArray(), binders.toArray(new Binder[0]));
    }

    @Override
    public String toString() {
        return sql;
    }
}
