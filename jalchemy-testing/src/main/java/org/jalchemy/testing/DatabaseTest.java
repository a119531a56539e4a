package org.jalchemy.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test once per database: SQLite, PostgreSQL and MariaDB, each on a fresh, empty database, with an
 * {@link org.jalchemy.engine.Engine} (and, if asked, a {@link TestDatabase}) as parameters.
 *
 * <p>Server URLs come from {@code JALCHEMY_PG_URL} and {@code JALCHEMY_MARIADB_URL} (defaults: the servers
 * on 127.0.0.1). With {@code CI=true} an unreachable server fails the test; otherwise its runs are skipped
 * and a loud line names them.
 * <pre>{@code
 * @DatabaseTest
 * void roundTrip(Engine engine) { try (Connection c = engine.connect()) { ... } }
 * }</pre>
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {
    /** Limit to these backends ({@code sqlite}, {@code postgresql}, {@code mariadb}); empty means all. */
    String[] only() default {};
}
