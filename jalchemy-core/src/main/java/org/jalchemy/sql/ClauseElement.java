package org.jalchemy.sql;

import org.jalchemy.dialect.DefaultDialect;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * The base of every SQL expression tree node: immutable, dialect-free, rendered by a dialect's
 * {@link SqlCompiler} through {@link #accept}.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.ClauseElement}. {@code toString()} renders SQLAlchemy's
 * default string form, with named binds such as {@code :l_name_1}.
 * <pre>{@code
 * ClauseElement e = users.c("name").eq("ed");
 * e.toString(); // users.name = :name_1
 * }</pre>
 */
public abstract class ClauseElement {
    ClauseElement() {
    }

    /** Double dispatch: calls the compiler's {@code visit...} method for this node. */
    public abstract void accept(SqlCompiler compiler);

    /** Reports structure and binds (see {@link StatementShape}). */
    abstract void walk(Walker walker);

    /** Renders this element for {@code dialect}. */
    public Compiled compile(Dialect dialect) {
        return dialect.newCompiler().compile(this);
    }

    /**
     * The SQL for {@code dialect} with every bound value written inline as a literal (SQLAlchemy's
     * {@code literal_binds}): for logs and people, never for executing user values.
     */
    public String compileWithLiteralBinds(Dialect dialect) {
        return dialect.newCompiler().withLiteralBinds().compile(this).sql();
    }

    @Override
    public String toString() {
        return compile(DefaultDialect.INSTANCE).sql();
    }
}
