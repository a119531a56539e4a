package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A SQL function call {@code name(arg, ...)}; plain Java values among the arguments become binds.
 *
 * <p>Mirrors {@code sqlalchemy.sql.functions.Function}; build through {@code Jalchemy.func}. In a SELECT
 * list it gets an anonymous label after its name ({@code count_1}), as SQLAlchemy 1.4 does.
 * <pre>{@code
 * Function<Integer> n = func.count();
 * Function<Object> x = func("lower", users.c("name"));
 * }</pre>
 *
 * @param <T> the Java type of the result
 */
public final class Function<T> extends ColumnElement<T> {
    private final String name;
    private final List<ColumnElement<?>> arguments;
    private final TypeEngine<T> type;
    private final boolean star;

    Function(String name, List<?> arguments, TypeEngine<T> type, boolean star) {
        this.name = name;
        this.type = type;
        this.star = star;
        List<ColumnElement<?>> args = new ArrayList<>();
        for (Object a : arguments) {
            args.add(a instanceof ColumnElement<?> e ? e : Functions.literalArgument(name, a));
        }
        this.arguments = List.copyOf(args);
    }

    /** The function's name as written. */
    public String functionName() {
        return name;
    }

    public List<ColumnElement<?>> arguments() {
        return arguments;
    }

    /** True for {@code count(*)}. */
    public boolean star() {
        return star;
    }

    /** {@code this OVER ()}; add PARTITION BY / ORDER BY on the result. */
    public Over<T> over() {
        return new Over<>(this, List.of(), List.of(), null, null, null);
    }

    /** {@code this FILTER (WHERE criterion)}. */
    public FunctionFilter<T> filter(ColumnElement<Boolean> criterion) {
        return new FunctionFilter<>(this, criterion);
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public String anonKey() {
        return name;
    }

    @Override
    public String anonLabelBase() {
        return name;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitFunction(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
        walker.shape(type);
        walker.shape(star);
        walker.children(arguments);
    }
}
