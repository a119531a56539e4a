package org.jalchemy.orm.state;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import org.jalchemy.orm.mapping.RelationshipProperty;

/**
 * The {@code Set} a relationship attribute declared as {@code Set<...>} holds (SQLAlchemy's
 * {@code InstrumentedSet}); insertion-ordered, with the same events as {@link InstrumentedList}.
 * Membership is by identity, like everything else in the ORM (the identity map, collection history):
 * entities with id-based {@code equals} would otherwise make two new objects (both ids null) one member,
 * and lose track of members whose hash code changes when a flush assigns their ids.
 * <pre>{@code
 * node.getTags().add(tag);
 * tag.getNodes().contains(node); // true, through the backref
 * }</pre>
 */
public final class InstrumentedSet<E> extends AbstractSet<E> implements InstrumentedCollection<E> {
    /** Items keyed by identity, in insertion order. */
    private final LinkedHashMap<IdentityRef, E> items = new LinkedHashMap<>();
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
        return items.containsKey(new IdentityRef(o));
    }

    @Override
    public boolean add(E e) {
        RelationshipEvents.checkItem(property, e);
        if (items.putIfAbsent(new IdentityRef(e), e) != null) {
            return false;
        }
        history.added(e);
        RelationshipEvents.appended(owner, property, e);
        return true;
    }

    @Override
    public boolean remove(Object o) {
        if (items.remove(new IdentityRef(o)) == null) {
            return false;
        }
        history.removed(o);
        RelationshipEvents.removed(owner, property, o);
        return true;
    }

    @Override
    public Iterator<E> iterator() {
        Iterator<E> it = items.values().iterator();
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
        items.putIfAbsent(new IdentityRef(item), (E) item);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void appendFromBackref(Object item) {
        if (items.putIfAbsent(new IdentityRef(item), (E) item) == null) {
            history.added(item);
        }
    }

    @Override
    public void removeFromBackref(Object item) {
        if (items.remove(new IdentityRef(item)) != null) {
            history.removed(item);
        }
    }

    @Override
    public boolean containsIdentity(Object item) {
        return contains(item);
    }
}
