package org.jalchemy.dialect;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeSet;
import org.jalchemy.engine.URL;
import org.jalchemy.exc.NoSuchModuleError;

/**
 * Finds the dialect for a URL among the {@link DialectProvider}s on the class path.
 * <pre>{@code
 * Dialect d = Dialects.forUrl(URL.parse("sqlite://"));
 * Dialects.knownNames(); // [mariadb, mysql, postgres, postgresql, sqlite]
 * }</pre>
 */
public final class Dialects {
    private static final Map<String, DialectProvider> PROVIDERS = load();

    private Dialects() {
    }

    private static Map<String, DialectProvider> load() {
        Map<String, DialectProvider> out = new LinkedHashMap<>();
        for (DialectProvider p : ServiceLoader.load(DialectProvider.class, Dialects.class.getClassLoader())) {
            for (String name : p.names()) {
                out.putIfAbsent(name, p);
            }
        }
        return out;
    }

    /** The dialect for {@code url}'s backend name. */
    public static Dialect forUrl(URL url) {
        DialectProvider p = PROVIDERS.get(url.backendName());
        if (p == null) {
            throw new NoSuchModuleError("Can't load plugin: jalchemy.dialects:" + url.backendName()
                    + "; known dialects are " + knownNames());
        }
        return p.create(url);
    }

    /** The dialect named {@code name}, for offline compilation. */
    public static Dialect named(String name) {
        return forUrl(URL.create(name, null));
    }

    /** Every backend name a provider answers to, sorted. */
    public static TreeSet<String> knownNames() {
        return new TreeSet<>(PROVIDERS.keySet());
    }
}
