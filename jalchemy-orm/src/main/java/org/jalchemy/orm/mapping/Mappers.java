package org.jalchemy.orm.mapping;

import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.orm.exc.UnmappedClassError;

/**
 * Every class mapped in this JVM and its mapper: a class has one mapper, whichever registry made it
 * (as in SQLAlchemy). Subclasses of a mapped class that are not mapped themselves resolve to it.
 * <pre>{@code
 * Mapper<?> m = Mappers.of(User.class);
 * Mapper<?> n = Mappers.ofObject(user);
 * }</pre>
 */
public final class Mappers {
    private static final ConcurrentHashMap<Class<?>, Mapper<?>> MAPPERS = new ConcurrentHashMap<>();

    private static final java.util.List<RelationshipProperty> PENDING = new java.util.ArrayList<>();
    private static volatile boolean anyPending;

    private Mappers() {
    }

    static synchronized void pending(RelationshipProperty p) {
        PENDING.add(p);
        anyPending = true;
    }

    /**
     * Configures every relationship whose target is mapped (SQLAlchemy's {@code configure_mappers()}, run
     * after each mapping and before a session uses mappers); a relationship whose target is still unmapped
     * waits, unless {@code strict}, which raises for it.
     */
    public static synchronized void configure(boolean strict) {
        configure(strict ? p -> true : RelationshipProperty::ready);
    }

    /**
     * Configures the waiting relationships {@code ready} accepts. A registry passes its own test (both classes
     * mapped by it), so a class mapped again by a new registry is not configured against a stale mapper.
     */
    public static synchronized void configure(java.util.function.Predicate<RelationshipProperty> ready) {
        if (!anyPending) {
            return;
        }
        java.util.Iterator<RelationshipProperty> it = PENDING.iterator();
        while (it.hasNext()) {
            RelationshipProperty p = it.next();
            if (!ready.test(p)) {
                continue;
            }
            try {
                p.configure();
            } catch (RuntimeException e) {
                // a broken relationship cannot be used: forget it, so later mappings are not blocked by it
                it.remove();
                p.parent().removeBroken(p);
                anyPending = !PENDING.isEmpty();
                throw e;
            }
            it.remove();
        }
        anyPending = !PENDING.isEmpty();
    }

    /** {@link #configure(boolean)} strictly: every relationship must be resolvable now. Cheap when nothing waits. */
    public static void configure() {
        if (anyPending) {
            configure(true);
        }
    }

    /** Records {@code mapper} as the mapper of its class (a later mapping of the class replaces it). */
    public static void register(Mapper<?> mapper) {
        MAPPERS.put(mapper.mappedClass(), mapper);
    }

    /** The mapper of {@code cls} or of its nearest mapped superclass, or null. */
    @SuppressWarnings("unchecked")
    public static <T> Mapper<T> find(Class<T> cls) {
        Mapper<?> m = MAPPERS.get(cls);
        if (m != null) {
            return (Mapper<T>) m;
        }
        for (Class<?> c = cls.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            m = MAPPERS.get(c);
            if (m != null) {
                return (Mapper<T>) m;
            }
        }
        return null;
    }

    /** The mapper of {@code cls}; {@link UnmappedClassError} when it has none. */
    public static <T> Mapper<T> of(Class<T> cls) {
        Mapper<T> m = find(cls);
        if (m == null) {
            throw new UnmappedClassError("Class '" + cls.getName() + "' is not mapped; map it with"
                    + " registry.map(" + cls.getSimpleName() + ".class) (annotated with @Entity) or"
                    + " registry.mapImperatively(" + cls.getSimpleName() + ".class, table)");
        }
        return m;
    }

    /** Every mapper of this JVM. */
    public static java.util.Collection<Mapper<?>> all() {
        return java.util.List.copyOf(MAPPERS.values());
    }

    /** The mapper of {@code obj}'s class. */
    @SuppressWarnings("unchecked")
    public static <T> Mapper<T> ofObject(T obj) {
        if (obj == null) {
            throw new UnmappedClassError("null is not a mapped instance");
        }
        return (Mapper<T>) of(obj.getClass());
    }
}
