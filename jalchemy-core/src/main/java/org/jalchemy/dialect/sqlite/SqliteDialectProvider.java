package org.jalchemy.dialect.sqlite;

import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.DialectProvider;
import org.jalchemy.engine.URL;

/** Registers {@link SqliteDialect} for {@code sqlite://} URLs. */
public final class SqliteDialectProvider implements DialectProvider {
    @Override
    public Set<String> names() {
        return Set.of("sqlite");
    }

    @Override
    public Dialect create(URL url) {
        return new SqliteDialect();
    }
}
