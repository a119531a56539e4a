package org.jalchemy.types;

import org.jalchemy.dialect.Dialect;

/**
 * A character column without length limit ({@code TEXT}).
 *
 * <p>Mirrors {@code sqlalchemy.types.Text}.
 * <pre>{@code
 * Column<String> body = Column.of("body", SqlTypes.TEXT);
 * body.contains("jalchemy");
 * }</pre>
 */
public record TextType() implements TypeEngine<String> {
    @Override
    public Class<String> javaType() {
        return String.class;
    }

    @Override
    public boolean isString() {
        return true;
    }

    @Override
    public Binder binder(Dialect dialect) {
        return StringType.stringBinder();
    }

    @Override
    public Reader<String> reader(Dialect dialect) {
        return dialect.textReader();
    }
}
