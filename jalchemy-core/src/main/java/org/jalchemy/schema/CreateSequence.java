package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code CREATE SEQUENCE name [START WITH n] [INCREMENT BY m]} (databases with sequences).
 *
 * <p>Mirrors {@code sqlalchemy.schema.CreateSequence}.
 * <pre>{@code
 * CreateSequence ddl = new CreateSequence(new Sequence("user_id_seq"));
 * conn.execute(ddl);
 * }</pre>
 */
public final class CreateSequence extends DdlElement {
    private final Sequence sequence;

    public CreateSequence(Sequence sequence) {
        this.sequence = Objects.requireNonNull(sequence, "sequence");
    }

    public Sequence sequence() {
        return sequence;
    }
}
