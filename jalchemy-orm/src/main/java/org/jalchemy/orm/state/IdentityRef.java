package org.jalchemy.orm.state;

/**
 * A map key that compares the object it wraps by identity: mapped classes may override {@code equals} and
 * {@code hashCode} (by id, say), but the ORM tracks objects, not values.
 * <pre>{@code
 * Map<IdentityRef, InstanceState> pending = new LinkedHashMap<>();
 * pending.put(new IdentityRef(user), state);
 * }</pre>
 *
 * @param obj the object, compared with {@code ==}
 */
public record IdentityRef(Object obj) {
    @Override
    public boolean equals(Object o) {
        return o instanceof IdentityRef k && k.obj == obj;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(obj);
    }
}
