package org.jalchemy.sql;

import java.util.List;

/**
 * Receives the structure of an element tree: what its nodes are (shape), their children, the bind
 * parameters and the FROM objects columns point at. One walk computes the cache key and collects the
 * binds in a fixed order; another finds the FROM list of a SELECT.
 */
interface Walker {
    /** A structural attribute of the current node (an operator, a name, a type, a flag). */
    void shape(Object attribute);

    /** A child element; {@code null} is allowed and counts as shape. */
    void child(ClauseElement element);

    /** A list of children, its size included so that differently split lists differ. */
    default void children(List<? extends ClauseElement> elements) {
        int n = elements.size();
        shape(n);
        // by index: element lists are immutable List.of lists, and this runs for every statement built anew
        for (int i = 0; i < n; i++) {
            child(elements.get(i));
        }
    }

    /** A bind parameter: its value is not shape. */
    void bind(BindParameter<?> parameter);

    /** The FROM object a column belongs to. */
    void from(FromClause from);
}
