package org.jalchemy.orm.state;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.UnaryOperator;
import org.jalchemy.orm.mapping.RelationshipProperty;

/**
 * The {@code List} a one-to-many or many-to-many relationship attribute holds (SQLAlchemy's
 * {@code InstrumentedList}): appending {@code a1} to {@code user.getAddresses()} sets {@code a1}'s
 * {@code user} backref and cascades {@code a1} into {@code user}'s session. Reading the attribute of a new
 * object swaps in an empty one.
 * <pre>{@code
 * user.getAddresses().add(a1);
 * a1.getUser() == user; // true
 * }</pre>
 */
public final class InstrumentedList<E> extends AbstractList<E> implements InstrumentedCollection<E>, RandomAccess {
    private final ArrayList<E> items = new ArrayList<>();
    private final Object owner;
    private final RelationshipProperty property;
    private final CollectionHistory history = new CollectionHistory();

    public InstrumentedList(Object owner, RelationshipProperty property) {
        this.owner = owner;
        this.property = property;
    }

    @Override
    public E get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public void add(int index, E element) {
        RelationshipEvents.checkItem(property, element);
        items.add(index, element);
        modCount++;
        history.added(element);
        RelationshipEvents.appended(owner, property, element);
    }

    /**
     * Replaces one position. Events fire only for real membership changes: the old item is removed only if it
     * is no longer in the list, the new one appended only if it was not already (Collections.swap and the
     * default List.sort write positions back one by one; the moves must not unlink anyone).
     */
    @Override
    public E set(int index, E element) {
        RelationshipEvents.checkItem(property, element);
        boolean wasMember = containsIdentity(element);
        E old = items.set(index, element);
        if (old != element) {
            if (!containsIdentity(old)) {
                history.removed(old);
                RelationshipEvents.removed(owner, property, old);
            }
            if (!wasMember) {
                history.added(element);
                RelationshipEvents.appended(owner, property, element);
            }
        }
        return old;
    }

    /** Reorders the items quietly: membership does not change, so there is nothing to tell the backrefs. */
    @Override
    public void sort(Comparator<? super E> c) {
        items.sort(c);
        modCount++;
    }

    /** Replaces every item at once; only items that left or joined the list fire events. */
    @Override
    public void replaceAll(UnaryOperator<E> operator) {
        List<E> before = new ArrayList<>(items);
        List<E> after = new ArrayList<>(items.size());
        for (E e : before) {
            E n = operator.apply(e);
            RelationshipEvents.checkItem(property, n);
            after.add(n);
        }
        items.clear();
        items.addAll(after);
        modCount++;
        for (E old : before) {
            if (!containsIdentity(old)) {
                history.removed(old);
                RelationshipEvents.removed(owner, property, old);
            }
        }
        java.util.Set<Object> appended = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (E n : after) {
            if (!identityIn(before, n) && appended.add(n)) {
                history.added(n);
                RelationshipEvents.appended(owner, property, n);
            }
        }
    }

    private static boolean identityIn(List<?> list, Object item) {
        for (Object o : list) {
            if (o == item) {
                return true;
            }
        }
        return false;
    }

    @Override
    public E remove(int index) {
        E old = items.remove(index);
        modCount++;
        history.removed(old);
        RelationshipEvents.removed(owner, property, old);
        return old;
    }

    @Override
    public Object owner() {
        return owner;
    }

    @Override
    public RelationshipProperty property() {
        return property;
    }

    @Override
    public CollectionHistory history() {
        return history;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void addQuietly(Object item) {
        items.add((E) item);
        modCount++;
    }

    @Override
    public void appendFromBackref(Object item) {
        addQuietly(item);
        history.added(item);
    }

    @Override
    public void removeFromBackref(Object item) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (items.get(i) == item) {
                items.remove(i);
                modCount++;
                history.removed(item);
                return;
            }
        }
    }

    @Override
    public boolean containsIdentity(Object item) {
        for (E e : items) {
            if (e == item) {
                return true;
            }
        }
        return false;
    }
}
