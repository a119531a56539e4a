package org.jalchemy.types;

/**
 * The type of an expression whose type is not known (a literal {@code null}, raw SQL): values bind with
 * {@code setObject} and read with JDBC's defaults.
 *
 * <p>Mirrors {@code sqlalchemy.types.NullType}.
 * <pre>{@code
 * TypeEngine<Object> t = NullType.INSTANCE;
 * t.javaType(); // Object.class
 * }</pre>
 */
public record NullType() implements TypeEngine<Object> {
    /** The shared instance. */
    public static final NullType INSTANCE = new NullType();

    @Override
    public Class<Object> javaType() {
        return Object.class;
    }
}
