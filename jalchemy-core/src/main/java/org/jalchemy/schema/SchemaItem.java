package org.jalchemy.schema;

/**
 * Something a {@link Table} is built from: a {@link Column}, a constraint or an {@link Index}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.SchemaItem}.
 * <pre>{@code
 * SchemaItem[] items = {Column.of("id", INTEGER).primaryKey(), new UniqueConstraint("name")};
 * new Table("t", metadata, items);
 * }</pre>
 */
public interface SchemaItem {
}
