package org.jalchemy.orm.state;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import org.jalchemy.orm.mapping.RelationshipProperty;

/**
 * The {@code Set} a relationship attribute declared as {@code Set<...>} holds (SQLAlchemy's
 * {@code InstrumentedSet}); insertion-ordered, with the same events as {@link InstrumentedList}.
 * <pre>{@code
 * node.getTags().add(tag);
 * tag.getNodes().contains(node); // true, through the backref
 * }</pre>
 */
public final class InstrumentedSet<E> extends AbstractSet<E> implements InstrumentedCollection<E> {
    private final LinkedHashSet<E> items = new LinkedHashSet<>();
    private final Object owner;
    private final RelationshipProperty property;
    private final CollectionHistory history = new CollectionHistory();

    public InstrumentedSet(Object owner, RelationshipProperty property) {
        this.owner = owner;
        this.property = property;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    public boolean contains(Object o) {
        return items.contains(o);
    }

    @Override
    public boolean add(E e) {
        RelationshipEvents.checkItem(property, e);
        if (!items.add(e)) {
            return false;
        }
        history.added(e);
        RelationshipEvents.appended(owner, property, e);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (!items.remove(o)) {
            return false;
        }
        history.removed(o);
        RelationshipEvents.removed(owner, property, o);
        return true;
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = items.iterator();
        return new Iterator<>() {
            private E last;

            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public E next() {
                last = it.next();
                return last;
            }

            @Override
            public void remove() {
                it.remove();
                history.removed(last);
                RelationshipEvents.removed(owner, property, last);
            }
        };
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
    }

    @Override
    public void appendFromBackref(Object item) {
        if (items.add(cast(item))) {
            history.added(item);
        }
    }

    @SuppressWarnings("unchecked")
    private E cast(Object item) {
        return (E) item;
    }

    @Override
    public void removeFromBackref(Object item) {
        if (items.remove(item)) {
            history.removed(item);
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
