package org.jalchemy.schema;

import org.jalchemy.engine.Connection;

/**
 * Hooks around the CREATE and DROP of a MetaData's tables, for DDL of one's own (triggers, grants, seed
 * rows). Called on the connection and in the transaction of the DDL.
 *
 * <p>Mirrors SQLAlchemy's {@code before_create} / {@code after_create} / {@code before_drop} /
 * {@code after_drop} DDL events on tables.
 * <pre>{@code
 * metadata.listen(new DdlListener() {
 *     public void afterCreate(Table t, Connection c) { c.execute(t.insert().values(Map.of("name", "root"))); } });
 * }</pre>
 */
public interface DdlListener {
    default void beforeCreate(Table table, Connection connection) {
    }

    default void afterCreate(Table table, Connection connection) {
    }

    default void beforeDrop(Table table, Connection connection) {
    }

    default void afterDrop(Table table, Connection connection) {
    }
}
