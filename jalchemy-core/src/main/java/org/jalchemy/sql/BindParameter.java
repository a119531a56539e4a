package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A value sent to the database as a JDBC parameter, never spliced into the SQL.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.BindParameter}. A <em>unique</em> bind (the ones the
 * operators make) is renamed by the compiler to {@code key_1}, {@code key_2}, ... in rendering order, so
 * {@code id > 5 OR id < 2} shows {@code :id_1} and {@code :id_2}; a non-unique one keeps its key, which is
 * the name to pass in the parameters of {@code execute}. An <em>expanding</em> bind holds a list and turns
 * into one {@code ?} per element at execution ({@code IN}). The value is not part of the statement's
 * cache key.
 * <pre>{@code
 * BindParameter<Integer> p = Jalchemy.bindparam("id", SqlTypes.INTEGER);
 * conn.execute(select(users).where(users.c("id").eq(p)), Map.of("id", 5));
 * }</pre>
 *
 * @param <T> the Java type of the value
 */
public final class BindParameter<T> extends ColumnElement<T> {
    /** Marks a bind created without a value, which must come from the execution parameters. */
    public static final Object REQUIRED = new Object() {
        @Override
        public String toString() {
            return "<required>";
        }
    };

    private final String key;
    private final Object value;
    private final TypeEngine<T> type;
    private final boolean unique;
    private final boolean expanding;

    public BindParameter(String key, Object value, TypeEngine<T> type, boolean unique, boolean expanding) {
        this.key = key;
        this.value = value;
        this.type = type;
        this.unique = unique;
        this.expanding = expanding;
    }

    /** The name, or for a unique bind the base of its generated name. */
    public String key() {
        return key;
    }

    /** The value, or {@link #REQUIRED}. */
    public Object value() {
        return value;
    }

    public boolean unique() {
        return unique;
    }

    public boolean expanding() {
        return expanding;
    }

    /** True when a value comes with the bind rather than from the execution parameters. */
    public boolean hasValue() {
        return value != REQUIRED;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public String anonKey() {
        return key;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitBindParameter(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(key);
        walker.shape(type);
        // the three flags as one small Integer (cached by Integer.valueOf): one part instead of three
        walker.shape((unique ? 1 : 0) | (expanding ? 2 : 0) | (value == REQUIRED ? 4 : 0));
        walker.bind(this);
    }
}
