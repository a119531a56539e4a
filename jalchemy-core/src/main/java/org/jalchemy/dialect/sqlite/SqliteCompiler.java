package org.jalchemy.dialect.sqlite;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.Function;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * SQLite's statement compiler: {@code LIMIT -1} before a lone OFFSET, {@code CURRENT_TIMESTAMP} for
 * {@code now()}, and no row locking (SQLite locks the whole database).
 * <pre>{@code
 * Compiled c = new SqliteDialect().newCompiler().compile(select(t).offset(5));
 * // SELECT ... FROM t LIMIT -1 OFFSET ?
 * }</pre>
 */
public class SqliteCompiler extends SqlCompiler {
    public SqliteCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected org.jalchemy.sql.compiler.LiteralRenderer literalRenderer() {
        return new org.jalchemy.sql.compiler.LiteralRenderer() {
            @Override
            protected String renderBoolean(boolean value) {
                return value ? "1" : "0";
            }
        };
    }

    @Override
    protected void renderLimitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset) {
        if (limit == null) {
            sql.append(" \n LIMIT -1 OFFSET ");
            process(offset);
            return;
        }
        super.renderLimitOffset(limit, offset);
    }

    @Override
    protected void renderLateralKeyword() {
        throw new org.jalchemy.exc.CompileError("SQLite has no LATERAL subqueries");
    }

    @Override
    protected void renderForUpdate(Select.ForUpdate mode) {
        // SQLite has no row locks: a write transaction already locks the database
    }

    @Override
    protected boolean renderKnownFunction(Function<?> function) {
        if (function.functionName().equalsIgnoreCase("now") && function.arguments().isEmpty()) {
            sql.append("CURRENT_TIMESTAMP");
            return true;
        }
        return false;
    }
}
