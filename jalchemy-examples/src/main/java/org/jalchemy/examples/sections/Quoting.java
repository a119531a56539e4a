package org.jalchemy.examples.sections;

import org.jalchemy.engine.Engine;

/** How the raw-SQL sections quote a table name on each database (the dialect's own rules), as the seed quotes {@code "EX1"}. */
final class Quoting {
    private Quoting() {
    }

    static String quote(Engine engine, String name) {
        return engine.dialect().identifierPreparer().quote(name);
    }
}
