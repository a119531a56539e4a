package org.jalchemy.orm.state;

import org.jalchemy.orm.mapping.Mapper;

/**
 * The state that every object one query loaded shares until something needs a state of its own for one of them:
 * its mapper, its session's link and the link's generation at loading. An enhanced object whose mapped fields are
 * all private ({@link Mapper#defersSnapshots()}) can do without its own {@link InstanceState} while nothing has
 * been written to it: its identity is in its primary key fields, its committed values are its fields, and
 * everything else is what the query knew. {@link StateRegistry#lookup} turns it into the object's own state on
 * first need (a write through a setter or the ORM, {@code inspect}, expiring, deleting...); reading through a
 * getter does not, unless the session expired its objects since. Saves 48 bytes an object: 500,000 loaded rows
 * hold 24 MB less.
 * <pre>{@code
 * SharedLoadState shared = SharedLoadState.of(mapper, session);
 * ((EnhancedEntity) obj).$jalchemy$state(shared); // per loaded row
 * }</pre>
 */
public final class SharedLoadState {
    private final Mapper<?> mapper;
    private final OwnerLink link;
    private final int generation;

    private SharedLoadState(Mapper<?> mapper, OwnerLink link, int generation) {
        this.mapper = mapper;
        this.link = link;
        this.generation = generation;
    }

    /** The state of objects {@code owner} loads now through {@code mapper}. */
    public static SharedLoadState of(Mapper<?> mapper, StateOwner owner) {
        OwnerLink l = owner.reference();
        return new SharedLoadState(mapper, l, l.generation);
    }

    /** Whether the session expired its objects since loading: reading an attribute then needs the real state. */
    boolean expiredSinceLoad() {
        return link.generation != generation;
    }

    /**
     * The own state of {@code obj}, loaded under this shared one and unwritten since, now held in its field; null
     * (and the field cleared) when {@code obj} is not the object the session holds for that identity: a copy made
     * with {@code Object.clone()}, which copies the field.
     */
    InstanceState materialize(Object obj) {
        Object id = mapper.identityOf(obj);
        StateOwner owner = link.get();
        if (id == null || (owner != null && owner.identityObject(mapper, id) != obj)) {
            ((EnhancedEntity) obj).$jalchemy$state(null);
            return null;
        }
        InstanceState state = new InstanceState(mapper);
        StateRegistry.register(obj, state);
        state.loadedShared(id, link, generation);
        return state;
    }
}
