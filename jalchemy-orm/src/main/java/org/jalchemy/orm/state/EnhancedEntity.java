package org.jalchemy.orm.state;

/**
 * What build-time enhancement adds to a mapped class: a field holding the object's state, so that the ORM finds
 * it with one field read instead of a lookup in {@link StateRegistry}'s weak map. The field holds the object's own
 * {@link InstanceState}, or the {@link SharedLoadState} of the query that loaded it while nothing has needed a
 * state of its own; read it through {@link StateRegistry#lookup}. Classes are given it by
 * {@code org.jalchemy.orm.enhance.EntityEnhancer}; never implement it by hand.
 * <pre>{@code
 * InstanceState s = StateRegistry.lookup(user); // not user.$jalchemy$state()
 * }</pre>
 */
public interface EnhancedEntity {
    /** An {@link InstanceState}, a {@link SharedLoadState}, or {@code null} when no session has seen the object. */
    Object $jalchemy$state();

    /** Sets (or, with {@code null}, forgets) the object's state. */
    void $jalchemy$state(Object state);
}
