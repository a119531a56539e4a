package org.jalchemy.orm;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.mapping.DeclarativeScanner;
import org.jalchemy.orm.mapping.DynamicEntity;
import org.jalchemy.orm.mapping.ImperativeMapping;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;

/**
 * A set of mapped classes and the {@link MetaData} holding their tables: SQLAlchemy's {@code registry} /
 * declarative base. Maps annotated classes, unannotated classes onto existing tables, and entity types
 * defined at run time.
 * <pre>{@code
 * Registry registry = new Registry(); registry.map(User.class);
 * registry.metadata().createAll(engine);
 * }</pre>
 */
public final class Registry {
    private final MetaData metadata;
    private final Map<Class<?>, Mapper<?>> mappers = new ConcurrentHashMap<>();

    public Registry() {
        this(new MetaData());
    }

    public Registry(MetaData metadata) {
        this.metadata = metadata;
    }

    /** The metadata holding every table this registry mapped or defined. */
    public MetaData metadata() {
        return metadata;
    }

    /** Maps each annotated class (see {@link org.jalchemy.orm.mapping.Entity}); returns this registry. */
    public Registry mapAll(Class<?>... classes) {
        for (Class<?> c : classes) {
            map(c);
        }
        return this;
    }

    /** Maps an {@link org.jalchemy.orm.mapping.Entity} class, creating its table in {@link #metadata()}; idempotent. */
    @SuppressWarnings("unchecked")
    public synchronized <T> Mapper<T> map(Class<T> cls) {
        Mapper<?> existing = mappers.get(cls);
        if (existing != null) {
            return (Mapper<T>) existing;
        }
        return register(DeclarativeScanner.map(cls, metadata));
    }

    /** Maps an unannotated class onto an existing table, each column to the field named like its key. */
    public <T> Mapper<T> mapImperatively(Class<T> cls, Table table) {
        return mapImperatively(cls, table, Map.of());
    }

    /**
     * Maps an unannotated class onto a table (SQLAlchemy's {@code mapper(User, user, properties={...})});
     * {@code properties} maps attribute (field) names to column keys, or to {@code Orm.relationship(...)}.
     */
    public synchronized <T> Mapper<T> mapImperatively(Class<T> cls, Table table, Map<String, ?> properties) {
        return register(ImperativeMapping.map(cls, table, properties));
    }

    /**
     * Defines and maps, at run time, a subclass of {@code base} named {@code className} onto {@code table}
     * (the seed's {@code mapper(type(name, (TableTemp,), {}), table)}); columns {@code base} has no field for
     * get generated fields. Each call makes a new class, so mapping the same table twice is fine.
     */
    public synchronized <T> Class<? extends T> mapRuntimeClass(String className, Class<T> base, Table table) {
        Class<? extends T> cls = ImperativeMapping.runtimeSubclass(base, className, table);
        register(ImperativeMapping.map(cls, table, Map.of()));
        return cls;
    }

    /**
     * Defines a table in {@link #metadata()} from {@code items} and maps a new {@link DynamicEntity} class onto
     * it (the seed's {@code type(name, (Base,), {'__tablename__': ..., 'id': Column(...)})}).
     */
    public synchronized Class<? extends DynamicEntity> defineEntity(String tableName, SchemaItem... items) {
        Table table = new Table(tableName, metadata, items);
        return mapRuntimeClass(tableName, DynamicEntity.class, table);
    }

    /** The mapper of a class this registry (or another) mapped. */
    public <T> Mapper<T> mapper(Class<T> cls) {
        return Mappers.of(cls);
    }

    /** The mappers of this registry, in mapping order is not guaranteed. */
    public Collection<Mapper<?>> mappers() {
        return List.copyOf(mappers.values());
    }

    /** The table column of attribute {@code attribute} of a mapped class: a reference built from a name. */
    public <V> Column<V> column(Class<?> cls, String attribute) {
        return Mappers.of(cls).column(attribute);
    }

    /** {@code CREATE TABLE} for every table of {@link #metadata()} not in the database yet, parents first. */
    public void createAll(Engine engine) {
        metadata.createAll(engine);
    }

    /** {@code DROP TABLE} for every table of {@link #metadata()} that exists, children first. */
    public void dropAll(Engine engine) {
        metadata.dropAll(engine);
    }

    /**
     * Resolves every relationship now (SQLAlchemy's {@code configure_mappers()}); raises for one whose target is
     * not mapped or whose tables do not say how to join. Sessions do this on first use.
     */
    public void configure() {
        Mappers.configure(p -> mappers.get(p.parent().mappedClass()) == p.parent());
    }

    private <T> Mapper<T> register(Mapper<T> mapper) {
        mappers.put(mapper.mappedClass(), mapper);
        Mappers.register(mapper);
        // relationships between classes of this registry are resolved (and checked) as soon as both are mapped
        Mappers.configure(p -> mappers.get(p.parent().mappedClass()) == p.parent()
                && mappers.containsKey(p.targetClass()));
        return mapper;
    }
}
