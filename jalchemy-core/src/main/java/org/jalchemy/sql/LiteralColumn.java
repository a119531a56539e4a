package org.jalchemy.sql;

import java.util.Objects;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A fragment of SQL text used as a column expression, rendered verbatim and never quoted. Only for SQL
 * the program writes, never for user input (that is what binds are for).
 *
 * <p>Mirrors {@code sqlalchemy.literal_column()}.
 * <pre>{@code
 * select(Jalchemy.literalColumn("1")).toString(); // SELECT 1
 * select(t.c("id")).orderBy(literalColumn("id DESC"));
 * }</pre>
 *
 * @param <T> the Java type the expression is declared to produce
 */
public final class LiteralColumn<T> extends ColumnElement<T> {
    private final String text;
    private final TypeEngine<T> type;

    public LiteralColumn(String text, TypeEngine<T> type) {
        this.text = Objects.requireNonNull(text, "text");
        this.type = type;
    }

    public String text() {
        return text;
    }

    @Override
    public String name() {
        return text;
    }

    @Override
    public TypeEngine<T> type() {
        return type;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitLiteralColumn(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(text);
        walker.shape(type);
    }
}
