package org.jalchemy.orm;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.loading.IdentityMap;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.InstrumentedCollection;
import org.jalchemy.orm.state.RelationshipEvents;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.ColumnElement;

/**
 * SQLAlchemy's default {@code lazy="select"} loading: the first read of an unloaded relationship runs one
 * SELECT in the object's session (a many-to-one whose target is already in the identity map runs none).
 * <pre>{@code
 * user.getAddresses(); // SELECT ... FROM address WHERE address.user_id = ?
 * address.getUser();   // from the identity map when the user is loaded, else SELECT ... WHERE user.id = ?
 * }</pre>
 */
final class LazyLoader {
    private LazyLoader() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static void load(Session session, IdentityMap identityMap, InstanceState state, Object obj, RelationshipProperty prop) {
        Mapper<?> parent = prop.parent();
        Mapper<?> target = prop.target();
        if (state.identity() == null) {
            throw new InvalidRequestError("Instance " + InstanceState.describe(obj) + " is not persistent; cannot load"
                    + " relationship '" + prop.name() + "'");
        }
        for (Column<?> c : prop.localColumns()) {
            if (state.isExpired(parent.propertyFor(c).index())) {
                // the field still holds the old (or no) value: the criteria need the row's current key
                session.loadExpired(state, obj);
                break;
            }
        }
        List<Object> keyValues = new ArrayList<>();
        for (Column<?> c : prop.localColumns()) {
            keyValues.add(parent.propertyFor(c).get(obj));
        }
        switch (prop.direction()) {
            case MANY_TO_ONE -> {
                Object value = null;
                if (!keyValues.contains(null)) {
                    value = target.table().primaryKeyColumns().equals(prop.remoteColumns())
                            ? session.get(target.mappedClass(), keyValues.size() == 1 ? keyValues.get(0) : keyValues)
                            : session.execute(OrmSelect.of(target.mappedClass()).where(criteria(prop.remoteColumns(),
                                    keyValues))).first();
                }
                prop.set(obj, value);
            }
            case ONE_TO_MANY -> fill(obj, prop, keyValues.contains(null) ? List.of() : session.execute(
                    OrmSelect.of(target.mappedClass()).where(criteria(prop.remoteColumns(), keyValues))
                            .orderBy(prop.orderBy().toArray())).all());
            default -> fill(obj, prop, keyValues.contains(null) ? List.of() : session.execute(
                    OrmSelect.of(target.mappedClass()).join(prop.secondary(), prop.secondaryJoin())
                            .where(criteria(prop.remoteColumns(), keyValues))
                            .orderBy(prop.orderBy().toArray())).all());
        }
        state.relationshipLoaded(prop.index());
        if (prop.isCollection()) {
            RelationshipEvents.applyQueued(obj, prop);
        }
    }

    private static void fill(Object obj, RelationshipProperty prop, List<?> items) {
        InstrumentedCollection<Object> c = InstrumentedCollection.empty(obj, prop);
        for (Object item : items) {
            c.addQuietly(item);
        }
        prop.set(obj, c);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean>[] criteria(List<Column<?>> columns, List<Object> values) {
        ColumnElement<Boolean>[] out = new ColumnElement[columns.size()];
        for (int i = 0; i < out.length; i++) {
            Column c = columns.get(i);
            Object v = values.get(i);
            if (v instanceof Number n && c.type().javaType() == Integer.class) {
                v = n.intValue();
            } else if (v instanceof Number n && c.type().javaType() == Long.class) {
                v = n.longValue();
            }
            out[i] = c.eq(v);
        }
        return out;
    }
}
