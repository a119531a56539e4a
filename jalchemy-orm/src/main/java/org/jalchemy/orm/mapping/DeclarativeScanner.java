package org.jalchemy.orm.mapping;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKey;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.types.TypeEngine;

/**
 * Reads an {@link Entity} class (and its {@link MappedSuperclass} mixins, superclass fields first) into a
 * Core {@link Table} in the registry's metadata plus the bindings of a {@link Mapper}.
 * <pre>{@code
 * Mapper<User> m = DeclarativeScanner.map(User.class, registry.metadata());
 * m.table().name(); // "User"
 * }</pre>
 */
public final class DeclarativeScanner {
    private DeclarativeScanner() {
    }

    public static <T> Mapper<T> map(Class<T> cls, MetaData metadata) {
        Entity entity = cls.getAnnotation(Entity.class);
        if (entity == null) {
            throw new UnmappedClassError("Class " + cls.getName() + " has no @Entity annotation; annotate it with"
                    + " @Entity(\"table_name\"), or map it onto a Table with registry.mapImperatively("
                    + cls.getSimpleName() + ".class, table)");
        }
        String tableName = entity.value().isEmpty() ? cls.getSimpleName() : entity.value();
        if (metadata.tables().containsKey(tableName)) {
            throw new ArgumentError("Table '" + tableName + "' is already defined for this MetaData instance."
                    + "  Specify 'extend_existing=True' to redefine options and columns on an existing Table object.");
        }
        List<Field> fields = mappedFields(cls);
        Map<String, Supplier<?>> defaults = defaults(cls, false);
        Map<String, Supplier<?>> onUpdate = defaults(cls, true);
        List<SchemaItem> columns = new ArrayList<>();
        for (Field f : fields) {
            columns.add(column(f, defaults.remove(f.getName()), onUpdate.remove(f.getName())));
        }
        if (!defaults.isEmpty() || !onUpdate.isEmpty()) {
            defaults.putAll(onUpdate);
            throw new UnmappedClassError("@DefaultFor names no mapped field of " + cls.getName() + ": " + defaults.keySet());
        }
        Table table = entity.schema().isEmpty()
                ? new Table(tableName, metadata, columns.toArray(SchemaItem[]::new))
                : Table.inSchema(entity.schema(), tableName, metadata, columns.toArray(SchemaItem[]::new));
        List<Mapper.Binding> bindings = new ArrayList<>();
        for (Field f : fields) {
            bindings.add(new Mapper.Binding(f.getName(), table.c(f.getName()), FieldAccessor.of(f),
                    Modifier.isPublic(f.getModifiers())));
        }
        Mapper<T> mapper = Mapper.create(cls, table, bindings, true);
        List<Field> versions = fields.stream().filter(f -> f.isAnnotationPresent(Version.class)).toList();
        if (versions.size() > 1) {
            throw new UnmappedClassError(cls.getName() + " has more than one @Version field: " + versions);
        }
        if (!versions.isEmpty()) {
            mapper.versionIdCol(versions.get(0).getName());
        }
        Metamodel.populate(mapper);
        for (Field f : relationshipFields(cls)) {
            Relationship r = f.getAnnotation(Relationship.class);
            mapper.addRelationship(f.getName(), RelationshipConfig.of(r, RelationshipProperty.elementType(f)), f, null)
                    .instrument();
        }
        return mapper;
    }

    private static List<Field> mappedFields(Class<?> cls) {
        Deque<Class<?>> chain = new ArrayDeque<>();
        chain.push(cls);
        for (Class<?> c = cls.getSuperclass(); c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Entity.class)) {
                throw new UnmappedClassError("Class " + cls.getName() + " extends mapped class " + c.getName()
                        + "; mapped inheritance is not supported yet. Make " + c.getSimpleName()
                        + " a @MappedSuperclass mixin instead");
            }
            if (c.isAnnotationPresent(MappedSuperclass.class)) {
                chain.push(c);
            }
        }
        List<Field> out = new ArrayList<>();
        for (Class<?> c : chain) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || f.isSynthetic()
                        || f.isAnnotationPresent(Transient.class) || !isColumnField(f)) {
                    continue;
                }
                out.add(f);
            }
        }
        return out;
    }

    /**
     * A field is a column unless it is a relationship: annotated {@link Relationship}, or holding a collection
     * or a mapped class (the other end of a backref, which its owner names).
     */
    private static boolean isColumnField(Field f) {
        Class<?> t = f.getType();
        return !f.isAnnotationPresent(Relationship.class) && !java.util.Collection.class.isAssignableFrom(t)
                && !t.isAnnotationPresent(Entity.class) && Mappers.find(t) == null;
    }

    private static List<Field> relationshipFields(Class<?> cls) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c != cls && !c.isAnnotationPresent(MappedSuperclass.class)) {
                continue;
            }
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(Relationship.class) && !Modifier.isStatic(f.getModifiers())) {
                    out.add(0, f);
                }
            }
        }
        return out;
    }

    private static Map<String, Supplier<?>> defaults(Class<?> cls, boolean onUpdate) {
        Map<String, Supplier<?>> out = new HashMap<>();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                DefaultFor d = f.getAnnotation(DefaultFor.class);
                if (d == null || d.onUpdate() != onUpdate) {
                    continue;
                }
                if (!Modifier.isStatic(f.getModifiers()) || !Supplier.class.isAssignableFrom(f.getType())) {
                    throw new UnmappedClassError("@DefaultFor goes on a static Supplier field; " + f + " is not one");
                }
                try {
                    f.setAccessible(true);
                    out.putIfAbsent(d.value(), (Supplier<?>) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new UnmappedClassError("Cannot read " + f, e);
                }
            }
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> column(Field f, Supplier<?> defaultSupplier, Supplier<?> onUpdate) {
        MappedColumn mc = f.getAnnotation(MappedColumn.class);
        boolean pk = f.isAnnotationPresent(Id.class) || (mc != null && mc.primaryKey());
        String name = mc == null || mc.name().isEmpty() ? f.getName() : mc.name();
        TypeEngine<?> type = mc != null && mc.type() != TypeEngine.class ? instantiate(mc.type())
                : JavaTypes.typeFor(f.getType(), mc == null ? -1 : mc.length());
        Column c = Column.of(name, (TypeEngine) type);
        if (!name.equals(f.getName())) {
            c = c.key(f.getName());
        }
        if (pk) {
            c = c.primaryKey();
        }
        if (mc != null) {
            if (!pk && !mc.nullable()) {
                c = c.nullable(false);
            }
            if (mc.unique()) {
                c = c.unique();
            }
            if (mc.index()) {
                c = c.index();
            }
            if (!mc.serverDefault().isEmpty()) {
                c = c.serverDefault(mc.serverDefault());
            }
            if (!mc.foreignKey().isEmpty()) {
                c = c.foreignKey(new ForeignKey(mc.foreignKey()));
            }
            if (pk && !mc.autoincrement()) {
                c = c.autoincrement(false);
            }
        }
        if (f.getType().isPrimitive() && !pk) {
            // a primitive field always holds a value, so NULL never round-trips
            c = c.nullable(false);
        }
        if (defaultSupplier != null) {
            c = c.defaultSupplier((Supplier) defaultSupplier);
        }
        if (onUpdate != null) {
            c = c.onupdate((Supplier) onUpdate);
        }
        return c;
    }

    private static TypeEngine<?> instantiate(Class<?> type) {
        try {
            Field instance = type.getField("INSTANCE");
            return (TypeEngine<?>) instance.get(null);
        } catch (ReflectiveOperationException e) {
            try {
                return (TypeEngine<?>) type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e2) {
                throw new UnmappedClassError("Column type " + type.getName() + " has neither an INSTANCE field nor a"
                        + " constructor without arguments; map the class imperatively onto a Table instead", e2);
            }
        }
    }
}
