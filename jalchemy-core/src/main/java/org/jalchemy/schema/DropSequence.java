package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code DROP SEQUENCE name}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.DropSequence}.
 * <pre>{@code
 * DropSequence ddl = new DropSequence(new Sequence("user_id_seq"));
 * conn.execute(ddl);
 * }</pre>
 */
public final class DropSequence extends DdlElement {
    private final Sequence sequence;

    public DropSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    public Sequence sequence() {
        return sequence;
    }
}
