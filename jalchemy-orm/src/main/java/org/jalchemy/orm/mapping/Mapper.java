package org.jalchemy.orm.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.state.Instrumenter;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;

/**
 * The link between a class and a table: which attribute maps which column, how to make an empty instance,
 * and how to find an object's identity. Mirrors {@code sqlalchemy.orm.Mapper}; made by a {@code Registry}.
 * <pre>{@code
 * Mapper<User> m = registry.mapper(User.class);
 * Column<?> c = m.column("name"); m.table().name(); // "User"
 * }</pre>
 */
public final class Mapper<T> {
    private final Class<T> mappedClass;
    private final Table table;
    private final ColumnProperty[] properties;
    private final List<ColumnProperty> propertyList;
    private final Map<String, ColumnProperty> byName = new HashMap<>();
    private final int[] primaryKey;
    private final MethodHandle constructor;
    private final boolean directFieldWrites;
    private final boolean deferSnapshots;
    private final List<Column<?>> columns;
    private final Map<Object, Object> statements = new java.util.concurrent.ConcurrentHashMap<>();
    private final List<MapperListener<T>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<RelationshipProperty> relationships = new java.util.concurrent.CopyOnWriteArrayList<>();
    private int nextRelationshipIndex;
    /** The attribute counting row versions ({@link #versionIdCol}, set while mapping, before any session), or -1. */
    private int versionIndex = -1;
    private final Map<String, RelationshipProperty> relationshipsByName = new java.util.concurrent.ConcurrentHashMap<>();

    /** An attribute to map: its name, the table's column, and its raw accessor. */
    public record Binding(String attribute, Column<?> column, AttributeAccessor accessor, boolean publicField) {
    }

    private Mapper(Class<T> mappedClass, Table table, List<Binding> bindings, boolean instrument) {
        this.mappedClass = mappedClass;
        this.table = table;
        this.properties = new ColumnProperty[bindings.size()];
        List<Integer> pk = new ArrayList<>();
        List<Column<?>> cols = new ArrayList<>();
        boolean direct = false;
        boolean allPrivate = true;
        for (int i = 0; i < properties.length; i++) {
            Binding b = bindings.get(i);
            properties[i] = new ColumnProperty(b.attribute(), i, b.column(), b.accessor());
            byName.put(b.attribute(), properties[i]);
            cols.add(b.column());
            if (b.column().isPrimaryKey()) {
                pk.add(i);
            }
            direct |= b.publicField();
            allPrivate &= b.accessor() instanceof FieldAccessor f && f.isPrivateField();
        }
        for (ColumnProperty p : properties) {
            // column keys work as names too, for imperative mappings that rename attributes
            byName.putIfAbsent(p.column().key(), p);
        }
        if (pk.isEmpty()) {
            throw new UnmappedClassError("Mapper for " + mappedClass.getName() + " could not assemble any primary key"
                    + " columns for mapped table '" + table.name() + "'");
        }
        this.primaryKey = pk.stream().mapToInt(Integer::intValue).toArray();
        this.propertyList = Collections.unmodifiableList(Arrays.asList(properties));
        this.columns = List.copyOf(cols);
        this.directFieldWrites = direct;
        this.deferSnapshots = allPrivate && !direct && instrument
                && org.jalchemy.orm.state.EnhancedEntity.class.isAssignableFrom(mappedClass);
        this.constructor = constructorOf(mappedClass);
        if (instrument) {
            Instrumenter.instrument(AccessorFinder.find(mappedClass, bindings.stream().map(Binding::attribute).toList()));
        }
    }

    /** Maps {@code cls} onto {@code table}; instruments the accessors of every bound attribute. */
    public static <T> Mapper<T> create(Class<T> cls, Table table, List<Binding> bindings, boolean instrument) {
        return new Mapper<>(cls, table, bindings, instrument);
    }

    private static MethodHandle constructorOf(Class<?> cls) {
        if (Modifier.isAbstract(cls.getModifiers()) || cls.isInterface()) {
            throw new UnmappedClassError("Class " + cls.getName() + " is abstract and cannot be mapped;"
                    + " mark it @MappedSuperclass and map its concrete subclasses");
        }
        try {
            var lookup = MethodHandles.privateLookupIn(cls, MethodHandles.lookup());
            return lookup.findConstructor(cls, MethodType.methodType(void.class)).asType(MethodType.methodType(Object.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            // like SQLAlchemy, which builds loaded objects with __new__ and never calls __init__
            try {
                var rf = sun.reflect.ReflectionFactory.getReflectionFactory();
                var ctor = rf.newConstructorForSerialization(cls, Object.class.getDeclaredConstructor());
                return MethodHandles.lookup().unreflectConstructor(ctor).asType(MethodType.methodType(Object.class));
            } catch (ReflectiveOperationException | RuntimeException e2) {
                throw new UnmappedClassError("Class " + cls.getName() + " needs a constructor without arguments (it"
                        + " may be private) so that jalchemy can create instances for loaded rows", e);
            }
        }
    }

    public Class<T> mappedClass() {
        return mappedClass;
    }

    public Table table() {
        return table;
    }

    /** The mapped attributes in column order. */
    public List<ColumnProperty> properties() {
        return propertyList;
    }

    ColumnProperty[] propertyArray() {
        return properties;
    }

    /** The number of mapped attributes: the length of every snapshot array. */
    public int size() {
        return properties.length;
    }

    public ColumnProperty property(int index) {
        return properties[index];
    }

    /** The attribute named {@code name} (or mapping the column keyed {@code name}). */
    public ColumnProperty property(String name) {
        ColumnProperty p = byName.get(name);
        if (p == null) {
            throw new InvalidRequestError("Entity namespace for \"" + table.name() + "\" has no property \"" + name + "\"");
        }
        return p;
    }

    /** The attribute mapping {@code column} of this mapper's table; {@link InvalidRequestError} when none does. */
    public ColumnProperty propertyFor(Column<?> column) {
        for (ColumnProperty p : properties) {
            if (p.column() == column) {
                return p;
            }
        }
        for (ColumnProperty p : properties) {
            if (p.column().name().equals(column.name()) && column.table() == table) {
                return p;
            }
        }
        throw new InvalidRequestError("Mapper " + this + " maps no attribute to column '" + column.name() + "'");
    }

    /** The index of attribute {@code name}, or -1. */
    public int indexOf(String name) {
        ColumnProperty p = byName.get(name);
        return p == null ? -1 : p.index();
    }

    /** The table column mapped by attribute {@code name}, for queries built from names. */
    @SuppressWarnings("unchecked")
    public <V> Column<V> column(String name) {
        return (Column<V>) property(name).column();
    }

    /** The mapped columns in attribute order: what a query of this entity selects. */
    public List<Column<?>> columns() {
        return columns;
    }

    /** Indexes of the primary key attributes. */
    public int[] primaryKeyIndexes() {
        return primaryKey;
    }

    /**
     * Makes {@code attribute} this mapper's version counter (SQLAlchemy's {@code version_id_col}; declaratively,
     * {@link Version}): each flushed UPDATE and DELETE also matches the version the object last saw, and an UPDATE
     * sets the next one, so a row another session changed meanwhile fails the flush with {@code StaleDataError}.
     */
    public Mapper<T> versionIdCol(String attribute) {
        ColumnProperty p = property(attribute);
        Class<?> type = p.column().type().javaType();
        if (p.column().isPrimaryKey() || !(type == Integer.class || type == Long.class || type == Short.class)) {
            throw new ArgumentError("The version counter of " + mappedClass.getName() + " must be an integer column"
                    + " outside the primary key; '" + attribute + "' is " + (p.column().isPrimaryKey()
                    ? "part of the primary key" : "of type " + p.column().type()));
        }
        versionIndex = p.index();
        return this;
    }

    /** The index of the version counter attribute, or -1 when rows are not versioned. */
    public int versionIndex() {
        return versionIndex;
    }

    /** Whether some mapped field is public, so writes may bypass the setters and flush must compare snapshots. */
    public boolean directFieldWrites() {
        return directFieldWrites;
    }

    /**
     * Whether objects loaded for this mapper keep no snapshot until first written: the class was enhanced at build
     * time (its state sits in a field) and every mapped field is private, so every write from outside the class goes
     * through an instrumented setter, whose entry takes the snapshot while the fields still hold what was loaded.
     */
    public boolean defersSnapshots() {
        return deferSnapshots;
    }

    /**
     * A statement the unit of work built for this mapper, cached by {@code key} so that the next flush reuses
     * it (and its compiled form); {@code build} runs on a miss. Bounded by the few shapes a flush produces.
     */
    @SuppressWarnings("unchecked")
    public <S> S statement(Object key, java.util.function.Supplier<S> build) {
        Object s = statements.get(key);
        if (s == null) {
            if (statements.size() > 64) {
                statements.clear();
            }
            s = build.get();
            statements.put(key, s);
        }
        return (S) s;
    }

    /** The relationship attributes (backrefs included once configured), in declaration order. */
    public List<RelationshipProperty> relationships() {
        return relationships;
    }

    /** One more than the highest relationship index: the size of per-object relationship status arrays. */
    public int relationshipSlots() {
        return nextRelationshipIndex;
    }

    /** Whether this mapper has relationships: the fast check of every flush and load path. */
    public boolean hasRelationships() {
        return !relationships.isEmpty();
    }

    /** The relationship named {@code name}; {@link InvalidRequestError} when there is none. */
    public RelationshipProperty relationship(String name) {
        RelationshipProperty p = relationshipOrNull(name);
        if (p == null) {
            throw new InvalidRequestError("Mapper '" + this + "' has no relationship '" + name + "'");
        }
        return p;
    }

    public RelationshipProperty relationshipOrNull(String name) {
        return relationshipsByName.get(name);
    }

    /** Adds a relationship attribute on {@code field}; {@code backrefOf} is the relationship it mirrors, or null. */
    public synchronized RelationshipProperty addRelationship(String name, RelationshipConfig config,
            java.lang.reflect.Field field, RelationshipProperty backrefOf) {
        if (relationshipsByName.containsKey(name) || byName.containsKey(name)) {
            throw new org.jalchemy.exc.ArgumentError("Mapper " + this + " already has a property named '" + name + "'");
        }
        RelationshipProperty p = new RelationshipProperty(this, name, config, field, nextRelationshipIndex++, backrefOf);
        relationships.add(p);
        relationshipsByName.put(name, p);
        if (backrefOf == null) {
            Mappers.pending(p);
        }
        Metamodel.fillRelationship(p);
        return p;
    }

    synchronized void removeBroken(RelationshipProperty p) {
        relationships.remove(p);
        relationshipsByName.remove(p.name());
    }

    /** Adds a listener for this mapper's insert, update, delete and load events. */
    public void listen(MapperListener<T> listener) {
        listeners.add(listener);
    }

    public void removeListener(MapperListener<T> listener) {
        listeners.remove(listener);
    }

    /** The listeners, for the unit of work and the loader. */
    public List<MapperListener<T>> listeners() {
        return listeners;
    }

    /** Calls {@code event} on every listener with {@code obj} cast to this mapper's class. */
    @SuppressWarnings("unchecked")
    public void fire(Object obj, java.util.function.BiConsumer<MapperListener<T>, T> event) {
        for (MapperListener<T> l : listeners) {
            event.accept(l, (T) obj);
        }
    }

    /** A new empty instance, as for a loaded row. */
    @SuppressWarnings("unchecked")
    public T newInstance() {
        try {
            return (T) constructor.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new InvalidRequestError("Could not create an instance of " + mappedClass.getName(), e);
        }
    }

    /** The identity of {@code obj} from its current primary key values, or null when one is still null. */
    public Object identityOf(Object obj) {
        if (primaryKey.length == 1) {
            return normalize(properties[primaryKey[0]].get(obj));
        }
        Object[] key = new Object[primaryKey.length];
        for (int i = 0; i < key.length; i++) {
            key[i] = normalize(properties[primaryKey[i]].get(obj));
            if (key[i] == null) {
                return null;
            }
        }
        return Arrays.asList(key);
    }

    /** The identity for primary key values as a caller gives them ({@code get(User.class, 5)}). */
    public Object identityOfKey(Object id) {
        if (primaryKey.length == 1) {
            return normalize(id);
        }
        List<?> parts = id instanceof List<?> l ? l : id instanceof Object[] a ? Arrays.asList(a) : null;
        if (parts == null || parts.size() != primaryKey.length) {
            throw new InvalidRequestError("Incorrect number of values in identifier formulation for " + this
                    + "; expected " + primaryKey.length);
        }
        return parts.stream().map(Mapper::normalize).toList();
    }

    /** Integral keys compare equal whatever box the driver or the caller chose. */
    public static Object normalize(Object v) {
        // Integer is the canonical form wherever the value fits: an INTEGER key read from a row is already one,
        // so loading allocates no key object; a BIGINT beyond int range stays a Long
        if (v instanceof Integer) {
            return v;
        }
        if (v instanceof Long l) {
            return l == l.intValue() ? (Object) Integer.valueOf(l.intValue()) : l;
        }
        if (v instanceof Short || v instanceof Byte) {
            return ((Number) v).intValue();
        }
        return v;
    }

    @Override
    public String toString() {
        return "Mapper[" + mappedClass.getSimpleName() + "(" + table.name() + ")]";
    }
}
