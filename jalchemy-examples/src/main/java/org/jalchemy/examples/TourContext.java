package org.jalchemy.examples;

import java.io.PrintStream;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;

/**
 * What a tour section gets: the URL of the tour's database, a shared engine on it, and where to print.
 *
 * <p>A section that needs its own engine (the seed's {@code sqlite://} sections, or one that disposes its
 * engine) creates it from {@link #url()} or {@link #memoryUrl()} and disposes it itself.
 * <pre>{@code
 * Engine engine = context.engine();
 * context.out().println(engine.url());
 * }</pre>
 */
public record TourContext(URL url, Engine engine, PrintStream out) {

    /** The URL for a section whose seed code uses a private in-memory database: the tour's database on a server. */
    public URL memoryUrl() {
        return url.backendName().equals("sqlite") ? URL.parse("sqlite://") : url;
    }
}
