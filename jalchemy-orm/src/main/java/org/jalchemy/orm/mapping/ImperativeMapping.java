package org.jalchemy.orm.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * Classical mapping of an unannotated class onto an existing {@link Table} (SQLAlchemy's
 * {@code mapper(User, user_table, properties=...)}): each column maps the field named like its key, unless
 * {@code properties} names another field for it; runtime-defined entities and subclasses use it too.
 * <pre>{@code
 * Mapper<User> m = ImperativeMapping.map(User.class, userTable, Map.of("password", "pw"));
 * m.property("password").column().name(); // "pw"
 * }</pre>
 */
public final class ImperativeMapping {
    private ImperativeMapping() {
    }

    /**
     * {@code properties}: attribute (field) name to column key (a {@code String}) for attributes not named like
     * their column, or to a {@link RelationshipConfig} for a relationship on that field.
     */
    public static <T> Mapper<T> map(Class<T> cls, Table table, Map<String, ?> properties) {
        Map<String, String> columnToAttribute = new LinkedHashMap<>();
        for (Column<?> c : table.columnList()) {
            columnToAttribute.put(c.key(), c.key());
        }
        Map<String, RelationshipConfig> relationships = new LinkedHashMap<>();
        properties.forEach((attr, value) -> {
            if (value instanceof RelationshipConfig rc) {
                relationships.put(attr, rc);
                return;
            }
            if (!(value instanceof String colKey)) {
                throw new org.jalchemy.exc.ArgumentError("properties of " + cls.getSimpleName() + ": '" + attr
                        + "' must map to a column key or to relationship(...), not " + value);
            }
            if (!columnToAttribute.containsKey(colKey)) {
                throw new UnmappedClassError("Table '" + table.name() + "' has no column '" + colKey
                        + "' for property '" + attr + "'");
            }
            columnToAttribute.put(colKey, attr);
        });
        List<Mapper.Binding> bindings = new ArrayList<>();
        boolean dynamic = DynamicEntity.class.isAssignableFrom(cls);
        for (Map.Entry<String, String> e : columnToAttribute.entrySet()) {
            Column<?> column = table.c(e.getKey());
            String attr = e.getValue();
            if (dynamic) {
                bindings.add(new Mapper.Binding(attr, column, new DynamicEntity.Accessor(attr), false));
                continue;
            }
            Field f = findField(cls, attr);
            if (f == null) {
                throw new UnmappedClassError("Class " + cls.getName() + " has no field '" + attr + "' for column '"
                        + column.name() + "' of table '" + table.name() + "'; add the field or name another one with"
                        + " properties");
            }
            bindings.add(new Mapper.Binding(attr, column, FieldAccessor.of(f), Modifier.isPublic(f.getModifiers())));
        }
        Mapper<T> mapper = Mapper.create(cls, table, bindings, !dynamic);
        Metamodel.populate(mapper);
        for (Map.Entry<String, RelationshipConfig> e : relationships.entrySet()) {
            Field f = dynamic ? null : findField(cls, e.getKey());
            if (f == null) {
                throw new UnmappedClassError("Class " + cls.getName() + " has no field '" + e.getKey()
                        + "' for relationship '" + e.getKey() + "'; declare it (a List<...> or the related class)");
            }
            mapper.addRelationship(e.getKey(), e.getValue(), f, null).instrument();
        }
        return mapper;
    }

    static Field findField(Class<?> cls, String name) {
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                if (!Modifier.isStatic(f.getModifiers())) {
                    return f;
                }
            } catch (NoSuchFieldException e) {
                // keep looking in the superclass
            }
        }
        return null;
    }

    /** A run-time subclass of {@code base} named {@code name}, with fields for the columns {@code base} lacks. */
    public static <T> Class<? extends T> runtimeSubclass(Class<T> base, String name, Table table) {
        List<String> missing = new ArrayList<>();
        List<Class<?>> types = new ArrayList<>();
        for (Column<?> c : table.columnList()) {
            if (findField(base, c.key()) == null) {
                missing.add(c.key());
                types.add(c.type().javaType());
            }
        }
        return RuntimeClasses.subclass(base, name, missing, types);
    }
}
