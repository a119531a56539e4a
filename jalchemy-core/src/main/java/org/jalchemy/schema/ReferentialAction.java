package org.jalchemy.schema;

import java.util.Locale;
import java.util.Set;
import org.jalchemy.exc.ArgumentError;

/** The allowed {@code ON DELETE} / {@code ON UPDATE} actions: checked because they are rendered into DDL. */
final class ReferentialAction {
    private static final Set<String> ACTIONS = Set.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION");

    private ReferentialAction() {
    }

    static String check(String action) {
        if (action == null) {
            return null;
        }
        String upper = action.trim().toUpperCase(Locale.ROOT);
        if (!ACTIONS.contains(upper)) {
            throw new ArgumentError("Unknown referential action '" + action + "'; use one of " + ACTIONS);
        }
        return upper;
    }
}
