package org.jalchemy.schema;

import java.util.List;
import org.jalchemy.dialect.DefaultDialect;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.compiler.Compiled;

/**
 * A DDL statement (CREATE / DROP of tables and indexes): executable, printable, compiled by the dialect's
 * {@link org.jalchemy.sql.compiler.DdlCompiler}. Not cached: DDL runs rarely.
 *
 * <p>Mirrors {@code sqlalchemy.schema.DDLElement}.
 * <pre>{@code
 * System.out.println(new CreateTable(users));
 * conn.execute(new CreateTable(users));
 * }</pre>
 */
public abstract class DdlElement implements Executable {
    DdlElement() {
    }

    @Override
    public Compiled compile(Dialect dialect) {
        return dialect.newDdlCompiler().compile(this);
    }

    /** The statements to run for this element, in order (a CREATE TABLE is followed by its indexes). */
    public List<DdlElement> withDependents() {
        return List.of(this);
    }

    @Override
    public String toString() {
        return compile(DefaultDialect.INSTANCE).sql();
    }
}
