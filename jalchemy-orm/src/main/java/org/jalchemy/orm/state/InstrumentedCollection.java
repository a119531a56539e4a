package org.jalchemy.orm.state;

import java.util.Collection;
import org.jalchemy.orm.mapping.RelationshipProperty;

/**
 * A relationship's collection ({@link InstrumentedList} or {@link InstrumentedSet}): every change fires the
 * relationship's events (backref sync, cascade into the owner's session) and is kept in a
 * {@link CollectionHistory} for the next flush.
 * <pre>{@code
 * InstrumentedCollection<Address> c = (InstrumentedCollection<Address>) user.getAddresses();
 * c.history().added(); // addresses appended since the last flush
 * }</pre>
 */
public interface InstrumentedCollection<E> extends Collection<E> {
    /** The object holding this collection. */
    Object owner();

    RelationshipProperty property();

    CollectionHistory history();

    /** Adds without events and without history: loading, or the far side of a backref doing its own events. */
    void addQuietly(Object item);

    /** Adds without events (the backref side of an append elsewhere), recording history. */
    void appendFromBackref(Object item);

    /** Removes without events (the backref side of a removal elsewhere), recording history. */
    void removeFromBackref(Object item);

    /** Whether {@code item} itself (not an equal object) is in the collection. */
    boolean containsIdentity(Object item);

    /** A new empty collection of the kind the relationship's field holds. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static InstrumentedCollection<Object> empty(Object owner, RelationshipProperty prop) {
        return prop.kind() == RelationshipProperty.Kind.SET ? (InstrumentedCollection) new InstrumentedSet<>(owner, prop)
                : (InstrumentedCollection) new InstrumentedList<>(owner, prop);
    }
}
