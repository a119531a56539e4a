package org.jalchemy.orm.state;

/**
 * What instrumented accessors call: the advice inlined into a mapped class's getters calls
 * {@link #beforeRead}, into its setters {@link #afterWrite}. Public only because that inlined code lives in
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
        InstanceState state = StateRegistry.lookup(self);
        if (state == null || state.expiredCount == 0) {
            return;
        }
        state.beforeRead(self, attribute);
    }

    /** Notes the write so the next flush sends it, and so a later read does not reload over it. */
    public static void afterWrite(Object self, String attribute) {
        InstanceState state = StateRegistry.lookup(self);
        if (state != null) {
            state.afterWrite(self, attribute);
        }
    }
}
