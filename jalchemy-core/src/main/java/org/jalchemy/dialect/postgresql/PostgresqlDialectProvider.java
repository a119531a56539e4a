package org.jalchemy.dialect.postgresql;

import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.DialectProvider;
import org.jalchemy.engine.URL;

/** Registers {@link PostgresqlDialect} for {@code postgresql://} and the seed's {@code postgres://} URLs. */
public final class PostgresqlDialectProvider implements DialectProvider {
    @Override
    public Set<String> names() {
        return Set.of("postgresql", "postgres");
    }

    @Override
    public Dialect create(URL url) {
        return new PostgresqlDialect();
    }
}
