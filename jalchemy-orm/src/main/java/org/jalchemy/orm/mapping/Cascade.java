package org.jalchemy.orm.mapping;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jalchemy.exc.ArgumentError;

/**
 * A relationship's cascade options parsed from SQLAlchemy's string: which session operations on a parent
 * also apply to its related objects.
 * <pre>{@code
 * Cascade c = Cascade.parse("all, delete-orphan");
 * c.delete(); // true
 * }</pre>
 */
public record Cascade(boolean saveUpdate, boolean merge, boolean delete, boolean deleteOrphan, boolean expunge,
        boolean refreshExpire) {
    private static final Set<String> KNOWN = Set.of("save-update", "merge", "delete", "delete-orphan", "expunge",
            "refresh-expire", "all", "none");

    /** {@code "save-update, merge"}, the default. */
    public static final Cascade DEFAULT = parse("save-update, merge");

    public static Cascade parse(String text) {
        Set<String> opts = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (!KNOWN.contains(p)) {
                throw new ArgumentError("Invalid cascade option '" + p + "' in \"" + text + "\"; expected some of "
                        + KNOWN);
            }
            if (p.equals("all")) {
                opts.addAll(Set.of("save-update", "merge", "delete", "expunge", "refresh-expire"));
            } else {
                opts.add(p);
            }
        }
        if (opts.contains("none")) {
            opts.clear();
        }
        if (opts.contains("delete-orphan") && !opts.contains("delete")) {
            throw new ArgumentError("delete-orphan cascade needs delete cascade too: write \"all, delete-orphan\"");
        }
        return new Cascade(opts.contains("save-update"), opts.contains("merge"), opts.contains("delete"),
                opts.contains("delete-orphan"), opts.contains("expunge"), opts.contains("refresh-expire"));
    }
}
