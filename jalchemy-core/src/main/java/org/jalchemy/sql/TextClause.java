package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.TypeEngine;

/**
 * Literal SQL with named bind parameters written as {@code :name}.
 *
 * <p>Mirrors {@code sqlalchemy.text()}. Values always travel as JDBC parameters. {@code \:} is a literal
 * colon, {@code ::} (a PostgreSQL cast) is left alone, and nothing inside a single-quoted string literal is
 * taken as a bind (unlike SQLAlchemy, so {@code '10:30'} stays a string). A collection given as a value
 * expands to one parameter per element, for {@code IN (:ids)}. It is also an expression: inside a
 * SELECT (for example as a WHERE condition) its binds are ordinary named bind parameters. Immutable.
 * <pre>{@code
 * TextClause t = Jalchemy.text("SELECT * FROM users WHERE id IN (:ids)");
 * conn.execute(t, Map.of("ids", List.of(1, 2, 3)));
 * }</pre>
 */
public final class TextClause extends ColumnElement<Boolean> implements Executable {
    private final String text;
    private final Map<String, Object> values;
    private final Map<String, TypeEngine<?>> types;
    private final List<ColumnElement<?>> resultColumns;
    /**
     * The text cut at its binds, made on first use: a {@code text()} built anew for each execution and found in
     * the compiled cache is keyed and bound without it. Not volatile: a racing thread at worst parses again, and
     * {@link Parsed} is immutable with final fields.
     */
    private Parsed parsed;
    private Key key;

    /** The literal SQL between binds (one more than the names), the bind names in order, one bind per name. */
    private record Parsed(List<String> fragments, List<String> bindNames, Map<String, BindParameter<?>> parameters) {
    }

    /**
     * What the compiled form depends on: the text, the bind types, and the result columns' names and types (the
     * values attached with {@link #bindparam} are read at each execution, so they are not part of it).
     */
    private record Key(String text, Map<String, TypeEngine<?>> types, List<List<Object>> columns) {
    }

    public TextClause(String text) {
        this(Objects.requireNonNull(text, "text"), Map.of(), Map.of(), List.of());
    }

    private TextClause(String text, Map<String, Object> values, Map<String, TypeEngine<?>> types,
            List<ColumnElement<?>> resultColumns) {
        this.text = text;
        this.resultColumns = List.copyOf(resultColumns);
        // Map.of() is already unmodifiable; the copies made by bindparam() and bindparamType() are not
        this.values = values.isEmpty() ? Map.of() : Collections.unmodifiableMap(values);
        this.types = types.isEmpty() ? Map.of() : Collections.unmodifiableMap(types);
    }

    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            List<String> frags = new ArrayList<>();
            List<String> names = new ArrayList<>();
            TextParser.parse(text, frags, names);
            Map<String, BindParameter<?>> params = new LinkedHashMap<>();
            for (String name : names) {
                params.computeIfAbsent(name, n -> bindParameter(n, values, types));
            }
            p = new Parsed(List.copyOf(frags), List.copyOf(names), Collections.unmodifiableMap(params));
            parsed = p;
        }
        return p;
    }

    @SuppressWarnings("unchecked")
    private static BindParameter<?> bindParameter(String name, Map<String, Object> values,
            Map<String, TypeEngine<?>> types) {
        TypeEngine<Object> type = (TypeEngine<Object>) types.getOrDefault(name, NullType.INSTANCE);
        Object value = values.containsKey(name) ? values.get(name) : BindParameter.REQUIRED;
        return new BindParameter<>(name, value, type, false, value instanceof java.util.Collection<?>);
    }

    /** The SQL as written. */
    public String text() {
        return text;
    }

    /** The bind names in order of appearance (a name used twice appears twice). */
    public List<String> bindNames() {
        return parsed().bindNames();
    }

    /** A copy carrying a default value for the bind {@code name}; values passed to execute win. */
    public TextClause bindparam(String name, Object value) {
        requireBind(name);
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return new TextClause(text, copy, types, resultColumns);
    }

    /** A copy that binds {@code name} through {@code type}'s bind processor. */
    public TextClause bindparamType(String name, TypeEngine<?> type) {
        requireBind(name);
        Map<String, TypeEngine<?>> copy = new LinkedHashMap<>(types);
        copy.put(name, Objects.requireNonNull(type, "type"));
        return new TextClause(text, values, copy, resultColumns);
    }

    /**
     * A copy whose result columns are typed by {@code columns}, in order (SQLAlchemy's
     * {@code text(...).columns(...)}): values are read with their types' readers and rows keyed by their names.
     */
    public TextClause columns(ColumnElement<?>... columns) {
        return new TextClause(text, values, types, List.of(columns));
    }

    /** The typed result columns given with {@link #columns}; empty when only the database knows. */
    public List<ColumnElement<?>> resultColumns() {
        return resultColumns;
    }

    private void requireBind(String name) {
        List<String> bindNames = bindNames();
        if (!bindNames.contains(name)) {
            throw new ArgumentError("This text() construct has no bind parameter named '" + name
                    + "'; its binds are " + bindNames);
        }
    }

    /** Values attached with {@link #bindparam}; unmodifiable. */
    public Map<String, Object> boundValues() {
        return values;
    }

    Map<String, TypeEngine<?>> bindTypes() {
        return types;
    }

    /** The literal SQL between binds: one more fragment than {@link #bindNames()}. */
    public List<String> fragments() {
        return parsed().fragments();
    }

    /** The bind parameter for {@code name}, as used when this clause is part of a larger statement. */
    public BindParameter<?> bindParameter(String name) {
        return parsed().parameters().get(name);
    }

    @Override
    public TypeEngine<Boolean> type() {
        return BooleanType.INSTANCE;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitTextClause(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(text);
        walker.shape(types);
        for (BindParameter<?> p : parsed().parameters().values()) {
            walker.child(p);
        }
    }

    @Override
    public Compiled compile(Dialect dialect) {
        return new TextCompiled(this, dialect);
    }

    @Override
    public Object cacheKey() {
        // looked up on every execution, of a reused text() and of one built anew each time: no parse, no stream
        Key k = key;
        if (k == null) {
            List<List<Object>> columns = List.of();
            if (!resultColumns.isEmpty()) {
                List<List<Object>> named = new ArrayList<>(resultColumns.size());
                for (ColumnElement<?> c : resultColumns) {
                    named.add(List.of(String.valueOf(c.name()), c.type()));
                }
                columns = List.copyOf(named);
            }
            k = new Key(text, types, columns);
            key = k;
        }
        return k;
    }

    @Override
    public String toString() {
        return text;
    }
}
