package org.jalchemy.orm.state;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.RandomAccess;
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

    @Override
    public E set(int index, E element) {
        RelationshipEvents.checkItem(property, element);
        E old = items.set(index, element);
        if (old != element) {
            history.removed(old);
            RelationshipEvents.removed(owner, property, old);
            history.added(element);
            RelationshipEvents.appended(owner, property, element);
        }
        return old;
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
