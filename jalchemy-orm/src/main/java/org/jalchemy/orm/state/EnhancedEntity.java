package org.jalchemy.orm.state;

/**
 * What build-time enhancement adds to a mapped class: a field holding the object's {@link InstanceState}, so
 * that the ORM finds it with one field read instead of a lookup in {@link StateRegistry}'s weak map. Classes are
 * given it by {@code org.jalchemy.orm.enhance.EntityEnhancer}; never implement it by hand.
 * <pre>{@code
 * if (user instanceof EnhancedEntity e) { InstanceState s = e.$jalchemy$state(); }
 * }</pre>
 */
public interface EnhancedEntity {
    /** The object's state, or {@code null} when no session has seen it. */
    InstanceState $jalchemy$state();

    /** Sets (or, with {@code null}, forgets) the object's state. */
    void $jalchemy$state(InstanceState state);
}
