package org.jalchemy.schema;

import java.util.Objects;

/**
 * {@code DROP INDEX name} (MariaDB adds {@code ON table}).
 *
 * <p>Mirrors {@code sqlalchemy.schema.DropIndex}.
 * <pre>{@code
 * DropIndex ddl = new DropIndex(index);
 * ddl.compile(engine.dialect()).sql();
 * }</pre>
 */
public final class DropIndex extends DdlElement {
    private final Index index;

    public DropIndex(Index index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    public Index index() {
        return index;
    }
}
