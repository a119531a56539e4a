package org.jalchemy.dialect.mysql;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.Excluded;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.OnConflict;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TypeEngine;

/**
 * MySQL / MariaDB statement compiler: {@code concat(a, b)} for string concatenation ({@code ||} is OR
 * there), a huge LIMIT before a lone OFFSET, {@code () VALUES ()} for an INSERT of defaults only, and the
 * few type names CAST accepts.
 * <pre>{@code
 * users.c("l_name").add("x").compile(new MariaDbDialect()).sql();
 * // concat(`user`.l_name, ?)
 * }</pre>
 */
public class MySqlCompiler extends SqlCompiler {
    public MySqlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected org.jalchemy.sql.compiler.LiteralRenderer literalRenderer() {
        return new MySqlLiteralRenderer();
    }

    /** MariaDB has no NULLS FIRST/LAST: {@code (x IS NULL) DESC, x ...} orders the NULLs the same way. */
    @Override
    public void visitUnary(org.jalchemy.sql.UnaryExpression<?> unary) {
        org.jalchemy.sql.UnaryExpression.Kind kind = unary.kind();
        if (kind != org.jalchemy.sql.UnaryExpression.Kind.NULLS_FIRST
                && kind != org.jalchemy.sql.UnaryExpression.Kind.NULLS_LAST) {
            super.visitUnary(unary);
            return;
        }
        ClauseElement inner = unary.element();
        ClauseElement base = inner instanceof org.jalchemy.sql.UnaryExpression<?> modifier && !modifier.kind().prefix()
                ? modifier.element() : inner;
        sql.append('(');
        process(base);
        sql.append(" IS NULL) ").append(kind == org.jalchemy.sql.UnaryExpression.Kind.NULLS_FIRST ? "DESC" : "ASC")
                .append(", ");
        process(inner);
    }

    @Override
    protected void visitConcat(BinaryExpression<?> binary) {
        sql.append("concat(");
        concatOperands(binary);
        sql.append(')');
    }

    private void concatOperands(ClauseElement element) {
        if (element instanceof BinaryExpression<?> b && b.operator() == Operator.CONCAT) {
            concatOperands(b.left());
            sql.append(", ");
            concatOperands(b.right());
        } else {
            process(element);
        }
    }

    @Override
    protected void renderLimitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset) {
        if (limit == null) {
            // MySQL has no OFFSET without LIMIT: use the largest row count
            sql.append(" \n LIMIT 18446744073709551615 OFFSET ");
            process(offset);
            return;
        }
        super.renderLimitOffset(limit, offset);
    }

    @Override
    protected String emptySetExpression(TypeEngine<?> elementType) {
        return "SELECT 1 FROM (SELECT 1) AS _empty_set WHERE 1!=1";
    }

    @Override
    protected void renderDefaultValues() {
        sql.append(" () VALUES ()");
    }

    @Override
    protected void renderOnConflict(Insert insert, OnConflict onConflict) {
        sql.append(" ON DUPLICATE KEY UPDATE ");
        if (onConflict.doNothing()) {
            // MariaDB has no DO NOTHING: a no-op update of the first conflict column keeps the row as it is
            String first = preparer.quote(onConflict.indexColumns().isEmpty() ? insert.table().columns().list().get(0).name()
                    : insert.table().columns().get(onConflict.indexColumns().get(0)).name());
            sql.append(first).append(" = ").append(first);
        } else {
            renderSetList(onConflict.set());
        }
    }

    @Override
    public void visitExcluded(Excluded<?> excluded) {
        sql.append("VALUES(").append(preparer.quote(excluded.column().name())).append(')');
    }

    @Override
    public void visitFunctionFilter(org.jalchemy.sql.FunctionFilter<?> filter) {
        throw new org.jalchemy.exc.CompileError("MariaDB and MySQL have no FILTER (WHERE ...) clause for aggregates;"
                + " use a CASE expression inside the aggregate");
    }

    /** MariaDB's multi-table UPDATE: {@code UPDATE t, a SET t.col=...}. */
    @Override
    protected void renderUpdateExtraTablesBeforeSet(java.util.List<org.jalchemy.sql.FromClause> froms) {
        for (org.jalchemy.sql.FromClause from : froms) {
            sql.append(", ");
            process(from);
        }
    }

    @Override
    protected void renderUpdateExtraTablesAfterSet(java.util.List<org.jalchemy.sql.FromClause> froms) {
    }

    @Override
    protected void renderUpdateSetTarget(org.jalchemy.sql.TableClause table) {
        sql.append(fromName(table)).append('.');
    }

    @Override
    public void visitJoin(org.jalchemy.sql.Join join) {
        if (join.isFull()) {
            throw new org.jalchemy.exc.CompileError("MariaDB has no FULL OUTER JOIN; use a UNION of a LEFT and a"
                    + " RIGHT join");
        }
        super.visitJoin(join);
    }

    @Override
    protected void renderLateralKeyword() {
        throw new org.jalchemy.exc.CompileError("MariaDB has no LATERAL subqueries");
    }

    @Override
    protected String castTypeName(TypeEngine<?> type) {
        if (type instanceof StringType s) {
            return s.length() == null ? "CHAR" : "CHAR(" + s.length() + ")";
        } else if (type instanceof TextType) {
            return "CHAR";
        } else if (type instanceof IntegerType || type instanceof BigIntegerType || type instanceof SmallIntegerType) {
            return "SIGNED INTEGER";
        } else if (type instanceof NumericType n) {
            return n.precision() == null ? "DECIMAL(65, 30)" : n.scale() == null ? "DECIMAL(" + n.precision() + ")"
                    : "DECIMAL(" + n.precision() + ", " + n.scale() + ")";
        } else if (type instanceof DateTimeType<?>) {
            return "DATETIME(6)";
        }
        return super.castTypeName(type);
    }
}
