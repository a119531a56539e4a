package org.jalchemy.orm.state;

import java.util.ArrayList;
import java.util.List;

/**
 * What an instrumented collection gained and lost since it was loaded or last flushed, compared by
 * identity: a flush turns it into foreign key updates (one-to-many) or association rows (many-to-many).
 * <pre>{@code
 * history.added(a1); history.removed(a1); // cancels out
 * history.added().isEmpty(); // true
 * }</pre>
 */
public final class CollectionHistory {
    private final List<Object> added = new ArrayList<>();
    private final List<Object> removed = new ArrayList<>();

    void added(Object item) {
        if (!removeIdentity(removed, item)) {
            added.add(item);
        }
    }

    void removed(Object item) {
        if (!removeIdentity(added, item)) {
            removed.add(item);
        }
    }

    void copyFrom(CollectionHistory other) {
        added.addAll(other.added);
        removed.addAll(other.removed);
    }

    private static boolean removeIdentity(List<Object> list, Object item) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i) == item) {
                list.remove(i);
                return true;
            }
        }
        return false;
    }

    /** Items added since load or flush. */
    public List<Object> added() {
        return added;
    }

    /** Items removed since load or flush. */
    public List<Object> removed() {
        return removed;
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** Forgets the history, after a flush wrote it. */
    public void clear() {
        added.clear();
        removed.clear();
    }
}
