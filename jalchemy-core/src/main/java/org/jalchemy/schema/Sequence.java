package org.jalchemy.schema;

import java.util.Objects;

/**
 * A named sequence generating a column's values on databases that have sequences (PostgreSQL): created
 * before the tables by {@code createAll}, dropped after them, and called with {@code nextval} by INSERTs that
 * give the column no value. Elsewhere it is ignored and the column autoincrements as usual.
 *
 * <p>Mirrors {@code sqlalchemy.schema.Sequence}.
 * <pre>{@code
 * Column<Integer> id = Column.of("id", INTEGER).primaryKey().sequence(new Sequence("user_id_seq"));
 * // INSERT INTO "user" (id, name) VALUES (nextval('user_id_seq'), ?)
 * }</pre>
 *
 * @param name the sequence's name
 * @param start the first value, or {@code null}
 * @param increment the step, or {@code null}
 */
public record Sequence(String name, Long start, Long increment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
    }

    public Sequence(String name) {
        this(name, null, null);
    }
}
