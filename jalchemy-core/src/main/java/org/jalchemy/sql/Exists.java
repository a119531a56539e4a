package org.jalchemy.sql;

import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.TypeEngine;

/**
 * {@code EXISTS (SELECT ...)}.
 *
 * <p>Mirrors {@code sqlalchemy.exists()}.
 * <pre>{@code
 * Exists e = select(emails.c("id")).where(emails.c("user_id").eq(users.c("id"))).exists();
 * select(users.c("name")).where(e);
 * }</pre>
 */
public final class Exists extends ColumnElement<Boolean> {
    private final SelectBase element;

    Exists(SelectBase element) {
        this.element = element;
    }

    public SelectBase element() {
        return element;
    }

    @Override
    public TypeEngine<Boolean> type() {
        return BooleanType.INSTANCE;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitExists(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(element);
    }
}
