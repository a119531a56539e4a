package org.jalchemy.orm.unitofwork;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.schema.Table;

/**
 * Orders tables so that every table comes after the tables its foreign keys reference (parents first);
 * inserts run in this order and deletes in reverse. Cycles are broken where they are found.
 * <pre>{@code
 * List<Table> order = TableOrder.parentsFirst(List.of(address, user)); // [user, address]
 * }</pre>
 */
public final class TableOrder {
    private TableOrder() {
    }

    public static List<Table> parentsFirst(Collection<Table> tables) {
        Set<Table> wanted = new LinkedHashSet<>(tables);
        Set<Table> done = new LinkedHashSet<>();
        Set<Table> visiting = new LinkedHashSet<>();
        for (Table t : wanted) {
            visit(t, wanted, done, visiting);
        }
        return new ArrayList<>(done);
    }

    private static void visit(Table t, Set<Table> wanted, Set<Table> done, Set<Table> visiting) {
        if (done.contains(t) || !visiting.add(t)) {
            return;
        }
        for (Table parent : t.referencedTables()) {
            if (wanted.contains(parent) && parent != t) {
                visit(parent, wanted, done, visiting);
            }
        }
        visiting.remove(t);
        done.add(t);
    }
}
