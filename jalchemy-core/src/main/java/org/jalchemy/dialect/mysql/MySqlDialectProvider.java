package org.jalchemy.dialect.mysql;

import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.DialectProvider;
import org.jalchemy.engine.URL;

/** Registers {@link MySqlDialect} for {@code mysql://} and {@link MariaDbDialect} for {@code mariadb://}. */
public final class MySqlDialectProvider implements DialectProvider {
    @Override
    public Set<String> names() {
        return Set.of("mysql", "mariadb");
    }

    @Override
    public Dialect create(URL url) {
        return url.backendName().equals("mariadb") ? new MariaDbDialect() : new MySqlDialect();
    }
}
