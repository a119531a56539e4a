package org.jalchemy.orm;

import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.orm.mapping.RelationshipConfig;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.StateRegistry;

/**
 * Static entry points of the ORM, to import statically beside {@code Jalchemy.*}: the entity
 * {@code select}, and {@code inspect} of a mapped object.
 * <pre>{@code
 * import static org.jalchemy.orm.Orm.select;
 * session.scalars(select(User.class).where(User.ID.eq(2))).one();
 * }</pre>
 */
public final class Orm {
    private Orm() {
    }

    /** {@code SELECT} of a mapped class, executed by {@link Session#execute(OrmSelect)} or {@link Session#scalars}. */
    public static <T> OrmSelect<T> select(Class<T> entity) {
        return OrmSelect.of(entity);
    }

    /**
     * {@code SELECT} of several mapped classes and/or column expressions, yielding {@link OrmRow}s:
     * {@code select(Address.class, User.class).join(User.class)}.
     */
    public static OrmSelect<OrmRow> select(Object first, Object... more) {
        return OrmSelect.rowsOf(first, more);
    }

    /**
     * SQLAlchemy's {@code relationship()} for imperative mapping: {@code Map.of("addresses",
     * relationship(Address.class).backref("user"))} in {@code registry.mapImperatively}.
     */
    public static RelationshipConfig relationship(Class<?> target) {
        return RelationshipConfig.to(target);
    }

    /** Bulk {@code DELETE} of a mapped class's rows, run by {@link Session#execute(OrmDelete)}. */
    public static <T> OrmDelete<T> delete(Class<T> entity) {
        return new OrmDelete<>(OrmSelect.of(entity), Query.SynchronizeSession.AUTO);
    }

    /** Bulk {@code UPDATE} of a mapped class's rows, run by {@link Session#execute(OrmUpdate)}. */
    public static <T> OrmUpdate<T> update(Class<T> entity) {
        return new OrmUpdate<>(OrmSelect.of(entity), java.util.Map.of(), Query.SynchronizeSession.AUTO);
    }

    /** The state of a mapped object (status, identity, expired attributes); a fresh transient state if unseen. */
    public static InstanceState inspect(Object obj) {
        InstanceState s = StateRegistry.lookup(obj);
        return s != null ? s : new InstanceState(Mappers.ofObject(obj));
    }
}
