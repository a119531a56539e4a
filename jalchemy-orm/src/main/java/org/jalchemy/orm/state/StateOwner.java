package org.jalchemy.orm.state;

/**
 * What holds an attached {@link InstanceState}: a session, which can load expired attributes and wants to
 * hear about writes. Internal; implemented by {@code Session}.
 * <pre>{@code
 * state.owner().loadExpired(state, user);
 * }</pre>
 */
public interface StateOwner {
    /** The current weak link to this owner, shared by the states it owns (see {@link OwnerLink}). */
    OwnerLink reference();

    /** The object this owner holds for {@code identity}, or null. */
    Object identityObject(org.jalchemy.orm.mapping.Mapper<?> mapper, Object identity);

    /** Loads every expired attribute of the state's object from the database. */
    void loadExpired(InstanceState state, Object obj);

    /** A tracked attribute of the state's object was written through its setter. */
    void modified(InstanceState state, Object obj);

    /** Loads relationship {@code prop} of {@code obj} (a lazy load on first access). */
    void loadRelationship(InstanceState state, Object obj, org.jalchemy.orm.mapping.RelationshipProperty prop);

    /** {@code item} was attached to {@code owner} through {@code prop}, which cascades save-update. */
    void cascadeAdd(Object owner, org.jalchemy.orm.mapping.RelationshipProperty prop, Object item);
}
