package org.jalchemy.orm.state;

/**
 * What instrumented accessors call: the advice inlined into a mapped class's getters calls
 * {@link #beforeRead}, into its setters {@link #beforeWrite} and {@link #afterWrite}. Public only because that inlined code lives in
 * the user's class; not an API to call by hand.
 * <pre>{@code
 * // inside an instrumented getName():
 * AttributeHooks.beforeRead(this, "name");
 * }</pre>
 */
public final class AttributeHooks {
    private AttributeHooks() {
    }

    /** Loads the attribute first when it is expired or unloaded; raises when there is no session to load from. */
    public static void beforeRead(Object self, String attribute) {
        if (StateRegistry.isSharedAndCurrent(self)) {
            // loaded and unwritten, and nothing expired since: the field holds the value; no state to make
            return;
        }
        InstanceState state = StateRegistry.lookup(self);
        if (state == null || !state.mayNeedLoad()) {
            return;
        }
        state.beforeRead(self, attribute);
    }

    /**
     * Before a setter, or the ORM itself ({@code ColumnProperty.set}), changes a mapped field: keeps the committed
     * values if their copy was deferred to the fields.
     */
    public static void beforeWrite(Object self) {
        if (self instanceof EnhancedEntity e && e.$jalchemy$state() != null) {
            InstanceState state = StateRegistry.lookup(self);
            if (state != null) {
                state.beforeWrite(self);
            }
        }
    }

    /** Notes the write so the next flush sends it, and so a later read does not reload over it. */
    public static void afterWrite(Object self, String attribute) {
        InstanceState state = StateRegistry.lookup(self);
        if (state != null) {
            state.afterWrite(self, attribute);
        }
    }

    /**
     * Before a relationship getter: loads the attribute when it is unloaded (raising {@code DetachedInstanceError}
     * without a session), or puts an instrumented collection in place of a missing or plain one.
     */
    public static void beforeRelationshipRead(Object self, String attribute) {
        org.jalchemy.orm.mapping.RelationshipProperty prop = RelationshipEvents.property(self, attribute);
        if (prop == null) {
            return;
        }
        InstanceState state = StateRegistry.lookup(self);
        if (state != null && !state.isRelationshipLoaded(prop.index())) {
            StateOwner o = state.owner();
            if (o == null) {
                throw new org.jalchemy.orm.exc.DetachedInstanceError("Parent instance " + InstanceState.describe(self)
                        + " is not bound to a Session; lazy load operation of attribute '" + attribute + "' cannot"
                        + " proceed (Background on this error at: https://sqlalche.me/e/20/bhk3)");
            }
            o.loadRelationship(state, self, prop);
            return;
        }
        if (prop.isCollection()) {
            Object raw = prop.get(self);
            if (!(raw instanceof InstrumentedCollection<?> c) || c.owner() != self) {
                RelationshipEvents.adopt(self, prop, raw);
            }
        }
    }

    /**
     * Before a relationship setter: the old value, for the backref bookkeeping after it. An unloaded one is
     * loaded first (as SQLAlchemy does for collections): otherwise replacing a collection would not unlink its
     * old members, and clearing a many-to-one would not tell the old parent's collection (delete-orphan).
     */
    public static Object beforeRelationshipWrite(Object self, String attribute) {
        org.jalchemy.orm.mapping.RelationshipProperty prop = RelationshipEvents.property(self, attribute);
        if (prop == null) {
            return null;
        }
        InstanceState state = StateRegistry.lookup(self);
        if (state != null && state.identity() != null && !state.isRelationshipLoaded(prop.index())) {
            StateOwner o = state.owner();
            if (o != null) {
                o.loadRelationship(state, self, prop);
            }
        }
        return prop.get(self);
    }

    /** After a relationship setter: updates the other side of a backref and marks the owner changed. */
    public static void afterRelationshipWrite(Object self, String attribute, Object old) {
        org.jalchemy.orm.mapping.RelationshipProperty prop = RelationshipEvents.property(self, attribute);
        if (prop == null) {
            return;
        }
        if (prop.isCollection()) {
            RelationshipEvents.collectionReplaced(self, prop, old);
        } else {
            RelationshipEvents.scalarSet(self, prop, old);
        }
    }
}
