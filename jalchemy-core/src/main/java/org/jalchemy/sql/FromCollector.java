package org.jalchemy.sql;

import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the FROM objects the columns of an expression belong to, without entering subqueries. */
final class FromCollector implements Walker {
    private final Set<FromClause> froms = new LinkedHashSet<>();

    static Set<FromClause> of(Iterable<? extends ClauseElement> elements) {
        FromCollector c = new FromCollector();
        for (ClauseElement e : elements) {
            c.child(e);
        }
        return c.froms;
    }

    @Override
    public void shape(Object attribute) {
    }

    @Override
    public void child(ClauseElement element) {
        if (element != null && !(element instanceof SelectBase) && !(element instanceof FromClause)) {
            element.walk(this);
        }
    }

    @Override
    public void bind(BindParameter<?> parameter) {
    }

    @Override
    public void from(FromClause from) {
        if (from != null) {
            froms.add(from);
        }
    }
}
