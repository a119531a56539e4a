package org.jalchemy.dialect.sqlite;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.compiler.DdlCompiler;

/**
 * SQLite's DDL: an autoincrement primary key is declared {@code INTEGER} whatever its integer type, since
 * only exactly {@code INTEGER PRIMARY KEY} makes SQLite's rowid alias that generates values.
 * <pre>{@code
 * new CreateTable(t).compile(new SqliteDialect()).sql();
 * // CREATE TABLE t (id INTEGER NOT NULL, ..., PRIMARY KEY (id))
 * }</pre>
 */
public class SqliteDdlCompiler extends DdlCompiler {
    public SqliteDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String columnType(Column<?> column, boolean autoincrement) {
        return autoincrement ? "INTEGER" : super.columnType(column, autoincrement);
    }

    /** SQLite's identity is its rowid: an {@code INTEGER PRIMARY KEY}. */
    @Override
    protected String identityType(Column<?> column) {
        return "INTEGER";
    }
}
