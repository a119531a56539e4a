package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code CREATE [UNIQUE] INDEX name ON table (columns)}.
 *
 * <p>Mirrors {@code sqlalchemy.schema.CreateIndex}.
 * <pre>{@code
 * CreateIndex ddl = new CreateIndex(index);
 * ddl.compile(engine.dialect()).sql();
 * }</pre>
 */
public final class CreateIndex extends DdlElement {
    private final Index index;

    public CreateIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
        if (index.table() == null) {
            throw new org.jalchemy.exc.ArgumentError("Index '" + index.name() + "' is not attached to a table");
        }
    }

    public Index index() {
        return index;
    }
}
