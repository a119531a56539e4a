package org.jalchemy.orm.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.orm.mapping.RelationshipProperty;

/**
 * What happens in memory when a relationship changes (SQLAlchemy's attribute events with backref listeners):
 * the other side of a backref follows, the owner is marked changed for the next flush, and with save-update
 * cascade an object appended to an owner that is in a session joins that session. Internal: called by the
 * instrumented collections and by the relationship accessor hooks.
 * <pre>{@code
 * RelationshipEvents.appended(user, addressesProperty, a1); // a1.user = user
 * }</pre>
 */
public final class RelationshipEvents {
    private RelationshipEvents() {
    }

    /** Rejects what a relationship cannot hold, as SQLAlchemy does on append. */
    static void checkItem(RelationshipProperty prop, Object item) {
        if (item == null) {
            throw new ArgumentError("Cannot add None/null to the collection " + prop + "; remove items instead");
        }
        if (!prop.targetClass().isInstance(item)) {
            throw new ArgumentError("Relationship " + prop + " holds " + prop.targetClass().getSimpleName()
                    + " objects; got " + item.getClass().getName());
        }
    }

    /** {@code item} was appended to {@code owner}'s collection {@code prop}. */
    public static void appended(Object owner, RelationshipProperty prop, Object item) {
        changed(owner, prop);
        RelationshipProperty rev = prop.reverse();
        if (rev != null) {
            if (rev.isCollection()) {
                backrefAppend(item, rev, owner);
            } else {
                Object old = rev.get(item);
                if (old != owner) {
                    rev.set(item, owner);
                    changed(item, rev);
                    if (old != null) {
                        backrefRemove(old, prop, item);
                    }
                }
            }
        }
        cascade(owner, prop, item);
    }

    /** {@code item} was removed from {@code owner}'s collection {@code prop}. */
    public static void removed(Object owner, RelationshipProperty prop, Object item) {
        changed(owner, prop);
        RelationshipProperty rev = prop.reverse();
        if (rev == null) {
            return;
        }
        if (rev.isCollection()) {
            backrefRemove(item, rev, owner);
        } else if (rev.get(item) == owner || !isLoaded(item, rev)) {
            // an unloaded many-to-one pointed at owner (the item was in its collection): now it is known to be null
            rev.set(item, null);
            changed(item, rev);
        }
    }

    private static boolean isLoaded(Object obj, RelationshipProperty prop) {
        InstanceState s = StateRegistry.lookup(obj);
        return s == null || s.isRelationshipLoaded(prop.index());
    }

    /** The scalar (many-to-one) {@code prop} of {@code self} changed from {@code old} to its current value. */
    public static void scalarSet(Object self, RelationshipProperty prop, Object old) {
        Object now = prop.get(self);
        if (now != null) {
            checkItem(prop, now);
        }
        changed(self, prop);
        if (old == now) {
            return;
        }
        RelationshipProperty rev = prop.reverse();
        if (rev != null) {
            if (old != null) {
                if (rev.isCollection()) {
                    backrefRemove(old, rev, self);
                } else if (rev.get(old) == self) {
                    rev.set(old, null);
                    changed(old, rev);
                }
            }
            if (now != null) {
                if (rev.isCollection()) {
                    if (!backrefAppend(now, rev, self)) {
                        // the collection is in the database: what it would cascade at flush, cascade now
                        cascade(now, rev, self);
                    }
                } else {
                    rev.set(now, self);
                    changed(now, rev);
                }
            }
        }
        if (now != null) {
            cascade(self, prop, now);
        }
    }

    /** The collection {@code prop} of {@code self} was replaced by a setter: diff old against new items. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void collectionReplaced(Object self, RelationshipProperty prop, Object oldRaw) {
        Object newRaw = prop.get(self);
        if (newRaw instanceof InstrumentedCollection<?> ic && ic.owner() == self && newRaw == oldRaw) {
            return;
        }
        InstrumentedCollection<Object> fresh = InstrumentedCollection.empty(self, prop);
        if (oldRaw instanceof InstrumentedCollection<?> oc) {
            fresh.history().copyFrom(oc.history());
        }
        prop.set(self, fresh);
        List<Object> oldItems = oldRaw == null ? List.of() : new ArrayList<>((Collection<Object>) oldRaw);
        List<Object> newItems = newRaw == null ? List.of() : new ArrayList<>((Collection<Object>) newRaw);
        for (Object o : oldItems) {
            if (!containsIdentity(newItems, o)) {
                fresh.history().removed(o);
                removed(self, prop, o);
            }
        }
        for (Object n : newItems) {
            if (containsIdentity(oldItems, n)) {
                fresh.addQuietly(n);
            } else {
                ((Collection) fresh).add(n);
            }
        }
        changed(self, prop);
    }

    /**
     * The backref side of an append: {@code item} joins {@code obj}'s collection {@code prop} if it is in memory
     * (returns true), else the change is queued for when it loads, leaving it unloaded (returns false).
     */
    private static boolean backrefAppend(Object obj, RelationshipProperty prop, Object item) {
        InstrumentedCollection<Object> c = collectionIfLoaded(obj, prop);
        if (c == null) {
            StateRegistry.lookup(obj).queueChange(obj, prop.index(), item, true);
            return false;
        }
        if (!c.containsIdentity(item)) {
            c.appendFromBackref(item);
            changed(obj, prop);
        }
        return true;
    }

    /** The backref side of a removal, queued like {@link #backrefAppend} when the collection is not loaded. */
    private static void backrefRemove(Object obj, RelationshipProperty prop, Object item) {
        InstrumentedCollection<Object> c = collectionIfLoaded(obj, prop);
        if (c == null) {
            StateRegistry.lookup(obj).queueChange(obj, prop.index(), item, false);
            return;
        }
        if (c.containsIdentity(item)) {
            c.removeFromBackref(item);
            changed(obj, prop);
        }
    }

    /** After {@code obj}'s collection {@code prop} loaded: applies the backref changes queued while it was not. */
    public static void applyQueued(Object obj, RelationshipProperty prop) {
        InstanceState s = StateRegistry.lookup(obj);
        if (s == null || !(prop.get(obj) instanceof InstrumentedCollection<?> raw)) {
            return;
        }
        @SuppressWarnings("unchecked")
        InstrumentedCollection<Object> c = (InstrumentedCollection<Object>) raw;
        for (InstanceState.QueuedChange q : s.takeQueued(prop.index())) {
            if (q.append() && !c.containsIdentity(q.item())) {
                c.appendFromBackref(q.item());
                changed(obj, prop);
            } else if (!q.append() && c.containsIdentity(q.item())) {
                c.removeFromBackref(q.item());
                changed(obj, prop);
            }
        }
    }

    private static boolean containsIdentity(List<Object> list, Object item) {
        for (Object o : list) {
            if (o == item) {
                return true;
            }
        }
        return false;
    }

    /**
     * The instrumented collection of {@code obj}, swapping one in for a missing or plain one (its items then
     * fire their append events); null when the collection is not loaded (the database holds it).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static InstrumentedCollection<Object> collectionIfLoaded(Object obj, RelationshipProperty prop) {
        Object raw = prop.get(obj);
        if (raw instanceof InstrumentedCollection<?> ic && ic.owner() == obj) {
            return (InstrumentedCollection<Object>) ic;
        }
        InstanceState s = StateRegistry.lookup(obj);
        if (s != null && !s.isRelationshipLoaded(prop.index())) {
            return null;
        }
        return adopt(obj, prop, raw);
    }

    /** Puts an instrumented collection in the field, re-adding the items of a plain one with events. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static InstrumentedCollection<Object> adopt(Object obj, RelationshipProperty prop, Object raw) {
        InstrumentedCollection<Object> fresh = InstrumentedCollection.empty(obj, prop);
        prop.set(obj, fresh);
        if (raw instanceof Collection<?> plain && !plain.isEmpty()) {
            for (Object item : new ArrayList<>(plain)) {
                ((Collection) fresh).add(item);
            }
        }
        return fresh;
    }

    private static void changed(Object obj, RelationshipProperty prop) {
        InstanceState s = StateRegistry.lookup(obj);
        if (s != null) {
            s.relationshipChanged(obj, prop.index());
        }
    }

    private static void cascade(Object owner, RelationshipProperty prop, Object item) {
        if (!prop.cascade().saveUpdate()) {
            return;
        }
        InstanceState s = StateRegistry.lookup(owner);
        StateOwner session = s == null ? null : s.owner();
        if (session != null) {
            session.cascadeAdd(owner, prop, item);
        }
    }

    /** The relationship {@code attribute} of {@code obj}'s mapper, resolving pending mappings first. */
    static RelationshipProperty property(Object obj, String attribute) {
        Mappers.configure();
        var m = Mappers.find(obj.getClass());
        return m == null ? null : m.relationshipOrNull(attribute);
    }
}
