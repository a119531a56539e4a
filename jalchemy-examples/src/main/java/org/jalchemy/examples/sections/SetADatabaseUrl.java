package org.jalchemy.examples.sections;

import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.URL;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;

/**
 * Seed: "Set a database URL". URLs from a string and from parts (the seed's dict), printed with the
 * password masked; making an engine does not connect, so the unreachable example host is harmless.
 */
public final class SetADatabaseUrl implements Section {
    @Override
    public String title() {
        return "Set a database URL";
    }

    @Override
    public void run(TourContext context) {
        URL dbUri = URL.parse("sqlite:///db.sqlite");
        Engine engine = Jalchemy.createEngine(dbUri);
        context.out().println(engine);

        // the seed's {'drivername': 'postgres', 'username': ..., 'host': '192.168.99.100', 'port': 5432}
        URL fromParts = URL.create("postgres", "postgres", "postgres", "192.168.99.100", 5432, null, Map.of());
        context.out().println(fromParts);
        context.out().println(Jalchemy.createEngine(fromParts).dialect().name());
    }
}
