package org.jalchemy.dialect.postgresql;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * PostgreSQL's statement compiler: native {@code ILIKE}, {@code ~} for regular expressions and
 * {@code DISTINCT ON (...)}.
 * <pre>{@code
 * users.c("name").ilike("%ed%").compile(new PostgresqlDialect()).sql();
 * // users.name ILIKE ?
 * }</pre>
 */
public class PostgresqlCompiler extends SqlCompiler {
    public PostgresqlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected org.jalchemy.sql.compiler.LiteralRenderer literalRenderer() {
        return new PostgresqlLiteralRenderer();
    }

    @Override
    protected void visitIlike(BinaryExpression<?> binary) {
        operand(binary.left(), binary.operator());
        sql.append(binary.operator() == Operator.ILIKE ? " ILIKE " : " NOT ILIKE ");
        operand(binary.right(), binary.operator());
        renderEscape(binary);
    }

    @Override
    protected void visitRegexpMatch(BinaryExpression<?> binary) {
        operand(binary.left(), Operator.REGEXP_MATCH);
        sql.append(" ~ ");
        operand(binary.right(), Operator.REGEXP_MATCH);
    }

    @Override
    protected void renderDistinct(Select select) {
        if (select.distinctOn().isEmpty()) {
            super.renderDistinct(select);
            return;
        }
        sql.append("DISTINCT ON (");
        renderList(select.distinctOn(), Context.OTHER);
        sql.append(") ");
    }
}
