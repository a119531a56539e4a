package org.jalchemy.sql;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/** The seed's tables, for compile-only tests. */
final class Fixtures {
    final MetaData metadata = new MetaData();
    final Table user = new Table("user", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("l_name", STRING),
            Column.of("f_name", STRING));
    final Table email = new Table("email", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("email", STRING),
            Column.of("name", STRING));
    final Table address = new Table("address", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("user_id", INTEGER).references("user.id"),
            Column.of("street", STRING));
}
