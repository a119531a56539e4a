package org.jalchemy.dialect.mysql;

import org.jalchemy.dialect.Dialect;
import org.jalchemy.schema.Index;
import org.jalchemy.sql.compiler.DdlCompiler;

/**
 * MySQL / MariaDB DDL: {@code AUTO_INCREMENT} on the autoincrement column and {@code DROP INDEX ... ON table}.
 * <pre>{@code
 * new CreateTable(t).compile(new MariaDbDialect()).sql();
 * // CREATE TABLE t (id INTEGER NOT NULL AUTO_INCREMENT, ...)
 * }</pre>
 */
public class MySqlDdlCompiler extends DdlCompiler {
    public MySqlDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override
    protected String autoincrementClause() {
        return " AUTO_INCREMENT";
    }

    @Override
    protected String dropForeignKeyKeyword() {
        return "FOREIGN KEY";
    }

    @Override
    protected String dropIndex(Index index) {
        return "\nDROP INDEX " + preparer.quote(index.name()) + " ON " + tableName(index.table());
    }

    /** MariaDB's identity is {@code AUTO_INCREMENT}, added after the column like any autoincrement. */
    @Override
    protected String identityType(org.jalchemy.schema.Column<?> column) {
        return typeCompiler.process(column.type());
    }

    @Override
    protected String inlineComment(String comment) {
        return comment == null ? "" : " COMMENT " + new MySqlLiteralRenderer().render(comment, null);
    }

    @Override
    protected String tableOptions(org.jalchemy.schema.Table table) {
        return table.comment() == null ? "" : " COMMENT=" + new MySqlLiteralRenderer().render(table.comment(), null);
    }

    @Override
    protected String deferrable(boolean initiallyDeferred) {
        return "";
    }
}
