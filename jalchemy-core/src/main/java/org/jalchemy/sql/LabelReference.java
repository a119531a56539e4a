package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.NullType;
import org.jalchemy.types.TypeEngine;

/**
 * A reference by name to a label of the enclosing SELECT, as {@code orderBy("name")} makes after checking
 * that the label exists (raw strings are refused otherwise: SQLAlchemy CVE-2019-7164).
 * <pre>{@code
 * select(func.count().label("n")).orderBy("n");
 * // ... ORDER BY n
 * }</pre>
 */
public final class LabelReference extends ColumnElement<Object> {
    private final String name;

    LabelReference(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TypeEngine<Object> type() {
        return NullType.INSTANCE;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitLabelReference(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
    }
}
