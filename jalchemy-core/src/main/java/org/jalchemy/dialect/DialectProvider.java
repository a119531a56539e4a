package org.jalchemy.dialect;

import java.util.Set;
import org.jalchemy.engine.URL;

/**
 * The {@link java.util.ServiceLoader} entry point of a dialect: the URL names it answers to and a factory.
 * <pre>{@code
 * // META-INF/services/org.jalchemy.dialect.DialectProvider
 * com.example.MyDialectProvider
 * }</pre>
 */
public interface DialectProvider {
    /** Backend names this provider answers to, e.g. {@code postgresql} and {@code postgres}. */
    Set<String> names();

    /** A dialect for {@code url}. */
    Dialect create(URL url);
}
