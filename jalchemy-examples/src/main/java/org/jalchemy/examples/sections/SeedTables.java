package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Row;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Executable;

/**
 * The seed's {@code user} and {@code email} tables, shared by the expression-language sections as the
 * seed shares them through {@code db.sqlite} (where the seed reflects them, the tour uses these).
 */
final class SeedTables {
    static final MetaData META = new MetaData();
    static final Table USER = new Table("user", META,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("l_name", STRING),
            Column.of("f_name", STRING));
    static final Table EMAIL = new Table("email", META,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("email", STRING),
            Column.of("name", STRING));

    private SeedTables() {
    }

    /** Prints each row of {@code statement} as Python prints a row tuple. */
    static void printRows(Connection conn, Executable statement, java.io.PrintStream out) {
        for (Row row : conn.execute(statement)) {
            out.println(row);
        }
    }

}
