package org.jalchemy.dialect.postgresql;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.compiler.DdlCompiler;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.SmallIntegerType;

/**
 * PostgreSQL's DDL: an autoincrement column is {@code SERIAL} ({@code BIGSERIAL}, {@code SMALLSERIAL}),
 * as SQLAlchemy 1.4 renders it.
 * <pre>{@code
 * new CreateTable(t).compile(new PostgresqlDialect()).sql();
 * // CREATE TABLE t (id SERIAL NOT NULL, ...)
 * }</pre>
 */
public class PostgresqlDdlCompiler extends DdlCompiler {
    public PostgresqlDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String columnType(Column<?> column, boolean autoincrement) {
        if (!autoincrement || column.sequence() != null) {
            // a column with its own sequence gets nextval() from INSERT, not SERIAL's implicit sequence
            return super.columnType(column, false);
        }
        if (column.type() instanceof BigIntegerType) {
            return "BIGSERIAL";
        }
        return column.type() instanceof SmallIntegerType ? "SMALLSERIAL" : "SERIAL";
    }
}
