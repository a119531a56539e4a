package org.jalchemy.sql.compiler;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.AddConstraint;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Constraint;
import org.jalchemy.schema.CreateIndex;
import org.jalchemy.schema.CreateSequence;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.DdlElement;
import org.jalchemy.schema.DropConstraint;
import org.jalchemy.schema.DropIndex;
import org.jalchemy.schema.DropSequence;
import org.jalchemy.schema.DropTable;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.PrimaryKeyConstraint;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.sql.ClauseElement;

/**
 * Renders DDL: CREATE/DROP TABLE and INDEX, with SQLAlchemy's layout (one column or constraint per line,
 * tab-indented). Dialects override the hooks for autoincrement ({@code SERIAL}, {@code AUTO_INCREMENT}) and
 * syntax that differs.
 *
 * <p>Mirrors {@code sqlalchemy.sql.compiler.DDLCompiler}. Raises {@code CompileError} naming the table
 * and column when a column cannot be rendered; foreign keys are checked to resolve before anything is
 * rendered.
 * <pre>{@code
 * String ddl = dialect.newDdlCompiler().compile(new CreateTable(users)).sql();
 * // CREATE TABLE "user" (id INTEGER NOT NULL, ..., PRIMARY KEY (id))
 * }</pre>
 */
public class DdlCompiler {
    protected final Dialect dialect;
    protected final IdentifierPreparer preparer;
    protected final TypeCompiler typeCompiler;

    public DdlCompiler(Dialect dialect) {
        this.dialect = dialect;
        this.preparer = dialect.identifierPreparer();
        this.typeCompiler = dialect.typeCompiler();
    }

    /** Compiles one DDL statement. */
    public SqlCompiled compile(DdlElement element) {
        String sql;
        if (element instanceof CreateTable c) {
            sql = createTable(c.table(), c.omittedForeignKeys());
        } else if (element instanceof CreateSequence c) {
            sql = createSequence(c.sequence());
        } else if (element instanceof DropSequence d) {
            sql = "DROP SEQUENCE " + preparer.quote(d.sequence().name());
        } else if (element instanceof org.jalchemy.schema.SetComment c) {
            String target = c.column() == null ? "TABLE " + tableName(c.table())
                    : "COLUMN " + tableName(c.table()) + "." + preparer.quote(c.column().name());
            sql = "COMMENT ON " + target + " IS " + literalString(c.comment());
        } else if (element instanceof AddConstraint a) {
            sql = "ALTER TABLE " + tableName(a.table()) + " ADD " + foreignKey(a.table(), a.constraint());
        } else if (element instanceof DropConstraint d) {
            sql = dropForeignKey(d.table(), d.constraint());
        } else if (element instanceof DropTable d) {
            sql = dropTable(d.table());
        } else if (element instanceof CreateIndex c) {
            sql = createIndex(c.index());
        } else if (element instanceof DropIndex d) {
            sql = dropIndex(d.index());
        } else {
            throw new CompileError("No DDL compilation for " + element.getClass().getSimpleName());
        }
        return new SqlCompiled(sql, List.of(), List.of(), null);
    }

    protected String tableName(Table table) {
        return preparer.quoteQualified(table.schema(), table.name());
    }

    protected String createTable(Table table, List<ForeignKeyConstraint> omitted) {
        table.checkForeignKeys();
        List<String> lines = new ArrayList<>();
        Column<?> auto = (Column<?>) table.autoincrementColumn();
        for (Column<?> column : table.columnList()) {
            try {
                lines.add(columnSpecification(column, column == auto));
            } catch (CompileError e) {
                throw new CompileError("(in table '" + table.fullName() + "', column '" + column.name() + "'): "
                        + e.getMessage(), e);
            }
        }
        String pk = primaryKey(table, auto);
        if (pk != null) {
            lines.add(pk);
        }
        for (Constraint c : table.constraints()) {
            if (!omitted.contains(c)) {
                lines.add(constraint(table, c));
            }
        }
        for (Column<?> column : table.columnList()) {
            if (column.type() instanceof org.jalchemy.types.EnumType<?> e) {
                lines.add(enumCheck(column, e));
            }
        }
        StringBuilder out = new StringBuilder("\nCREATE TABLE ").append(tableName(table)).append(" (");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "\n\t" : ", \n\t").append(lines.get(i));
        }
        out.append("\n)").append(tableOptions(table)).append("\n\n");
        return out.toString();
    }

    /** A comment written inside CREATE TABLE ({@code COMMENT '...'} on MariaDB); none by default. */
    protected String inlineComment(String comment) {
        return "";
    }

    /** Text after the closing parenthesis of CREATE TABLE; none by default. */
    protected String tableOptions(Table table) {
        return "";
    }

    /** {@code name TYPE [DEFAULT x] [NOT NULL]}. */
    protected String columnSpecification(Column<?> column, boolean autoincrement) {
        String type = column.identity() != null ? identityType(column) : columnType(column, autoincrement);
        StringBuilder out = new StringBuilder(preparer.quote(column.name())).append(' ').append(type);
        String serverDefault = serverDefault(column);
        if (serverDefault != null) {
            out.append(" DEFAULT ").append(serverDefault);
        }
        if (!column.isNullable()) {
            out.append(" NOT NULL");
        }
        if (autoincrement) {
            out.append(autoincrementClause());
        }
        out.append(inlineComment(column.comment()));
        return out.toString();
    }

    /** The column's DDL type; PostgreSQL turns an autoincrement column into {@code SERIAL}. */
    protected String columnType(Column<?> column, boolean autoincrement) {
        return typeCompiler.process(column.type());
    }

    /** An identity column's type: {@code TYPE GENERATED BY DEFAULT AS IDENTITY (...)}; SQLite and MariaDB differ. */
    protected String identityType(Column<?> column) {
        org.jalchemy.schema.Identity identity = column.identity();
        StringBuilder out = new StringBuilder(typeCompiler.process(column.type()))
                .append(identity.always() ? " GENERATED ALWAYS AS IDENTITY" : " GENERATED BY DEFAULT AS IDENTITY");
        String options = sequenceOptions(identity.start(), identity.increment());
        if (!options.isEmpty()) {
            out.append(" (").append(options.trim()).append(')');
        }
        return out.toString();
    }

    protected String createSequence(org.jalchemy.schema.Sequence sequence) {
        return "CREATE SEQUENCE " + preparer.quote(sequence.name()) + sequenceOptions(sequence.start(), sequence.increment());
    }

    private static String sequenceOptions(Long start, Long increment) {
        return (start == null ? "" : " START WITH " + start) + (increment == null ? "" : " INCREMENT BY " + increment);
    }

    /** Text after an autoincrement column's specification; MariaDB's {@code AUTO_INCREMENT}. */
    protected String autoincrementClause() {
        return "";
    }

    protected String serverDefault(Column<?> column) {
        if (column.serverDefaultLiteral() != null) {
            return literalString(column.serverDefaultLiteral());
        }
        if (column.serverDefaultExpression() != null) {
            return expression(column.serverDefaultExpression());
        }
        return null;
    }

    /** A string literal for DDL, quotes doubled. */
    protected String literalString(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new CompileError("A DDL string literal cannot contain NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    /** SQL of an expression inside DDL, columns without their table; it may not carry bind parameters. */
    protected String expression(ClauseElement element) {
        SqlCompiler compiler = dialect.newCompiler();
        compiler.qualifyColumns(false);
        SqlCompiled compiled = compiler.compile(element);
        if (!compiled.slots().isEmpty()) {
            throw new CompileError("DDL cannot carry bind parameters; write the expression with text(): "
                    + compiled.sql());
        }
        return compiled.sql();
    }

    protected String primaryKey(Table table, Column<?> autoincrement) {
        PrimaryKeyConstraint pk = table.primaryKey();
        if (pk.columnNames().isEmpty()) {
            return null;
        }
        return named(table, pk) + "PRIMARY KEY (" + columnNames(table, pk.columnNames()) + ")";
    }

    protected String named(Table table, Constraint c) {
        String name = table.constraintName(c);
        return name == null ? "" : "CONSTRAINT " + preparer.quote(name) + " ";
    }

    protected String columnNames(Table table, List<String> keys) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(preparer.quote(table.c(keys.get(i)).name()));
        }
        return out.toString();
    }

    protected String constraint(Table table, Constraint c) {
        if (c instanceof UniqueConstraint) {
            return named(table, c) + "UNIQUE (" + columnNames(table, c.columnNames()) + ")";
        } else if (c instanceof CheckConstraint check) {
            return named(table, c) + "CHECK (" + expression(check.condition()) + ")";
        } else if (c instanceof ForeignKeyConstraint fk) {
            return foreignKey(table, fk);
        }
        throw new CompileError("No DDL for constraint " + c.getClass().getSimpleName());
    }

    protected String foreignKey(Table table, ForeignKeyConstraint fk) {
        Table target = table.metadata().table(fk.targetTable());
        StringBuilder out = new StringBuilder(named(table, fk)).append("FOREIGN KEY(")
                .append(columnNames(table, fk.columnNames())).append(") REFERENCES ").append(tableName(target))
                .append(" (");
        List<String> targets = fk.targetColumnNames();
        for (int i = 0; i < targets.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(preparer.quote(target.c(targets.get(i)).name()));
        }
        out.append(')');
        if (fk.ondelete() != null) {
            out.append(" ON DELETE ").append(fk.ondelete());
        }
        if (fk.onupdate() != null) {
            out.append(" ON UPDATE ").append(fk.onupdate());
        }
        if (fk.initiallyDeferred() != null) {
            out.append(deferrable(fk.initiallyDeferred()));
        }
        return out.toString();
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT name}; MariaDB says {@code DROP FOREIGN KEY}. */
    protected String dropForeignKey(Table table, ForeignKeyConstraint fk) {
        if (fk.name() == null) {
            throw new CompileError("Can't drop the unnamed foreign key of table '" + table.fullName() + "' on "
                    + fk.columnNames() + "; name it");
        }
        return "ALTER TABLE " + tableName(table) + " DROP " + dropForeignKeyKeyword() + " " + preparer.quote(fk.name());
    }

    /** {@code CONSTRAINT}; MariaDB drops a foreign key with {@code FOREIGN KEY}. */
    protected String dropForeignKeyKeyword() {
        return "CONSTRAINT";
    }

    /** {@code CHECK (col IN ('A', 'B'))}: an Enum column refuses other names in the database too. */
    protected String enumCheck(Column<?> column, org.jalchemy.types.EnumType<?> type) {
        StringBuilder out = new StringBuilder("CHECK (").append(preparer.quote(column.name())).append(" IN (");
        for (int i = 0; i < type.names().size(); i++) {
            out.append(i == 0 ? "" : ", ").append(literalString(type.names().get(i)));
        }
        return out.append("))").toString();
    }

    /** {@code DEFERRABLE INITIALLY DEFERRED|IMMEDIATE}; MariaDB has no deferred constraints. */
    protected String deferrable(boolean initiallyDeferred) {
        return " DEFERRABLE INITIALLY " + (initiallyDeferred ? "DEFERRED" : "IMMEDIATE");
    }

    protected String dropTable(Table table) {
        return "\nDROP TABLE " + tableName(table);
    }

    protected String createIndex(Index index) {
        Table table = index.table();
        index.columnNames().forEach(table::c);
        String columns;
        if (index.expressions().isEmpty()) {
            columns = columnNames(table, index.columnNames());
        } else {
            StringBuilder out = new StringBuilder();
            for (org.jalchemy.sql.ColumnElement<?> e : index.expressions()) {
                out.append(out.length() == 0 ? "" : ", ").append(expression(e));
            }
            columns = out.toString();
        }
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + preparer.quote(index.name()) + " ON "
                + tableName(table) + " (" + columns + ")";
    }

    protected String dropIndex(Index index) {
        return "\nDROP INDEX " + preparer.quote(index.name());
    }
}
