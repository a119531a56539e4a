package org.jalchemy.examples.sections;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.MetaData;

/** What the ORM sections share: Python's datetime and None printing, and a private-database stand-in. */
final class OrmSupport {
    private static final DateTimeFormatter PY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private OrmSupport() {
    }

    /** {@code str(datetime)} / {@code None}, as Python prints them. */
    static String py(LocalDateTime t) {
        return t == null ? "None" : PY.format(t);
    }

    /**
     * For seeds on {@code sqlite://}: on a server the section shares the tour database, so its tables are
     * dropped first to start as empty as a new in-memory database would.
     */
    static void freshPrivateTables(Engine engine, MetaData metadata) {
        if (!engine.dialect().name().equals("sqlite")) {
            metadata.dropAll(engine);
        }
    }
}
