package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.inspection.Reflection;

/**
 * A collection of {@link Table}s in definition order, with the operations over all of them
 * ({@code createAll}, {@code dropAll}) in foreign-key order.
 *
 * <p>Mirrors {@code sqlalchemy.schema.MetaData}. Tables register themselves on construction. Not
 * thread-safe while tables are being defined; read-only use afterwards is safe.
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Table t = new Table("Example", metadata, Column.of("id", INTEGER).primaryKey());
 * }</pre>
 */
public final class MetaData {
    private final String schema;
    private final NamingConvention namingConvention;
    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final List<DdlListener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public MetaData() {
        this(null);
    }

    /** A MetaData whose tables default to {@code schema}. */
    public MetaData(String schema) {
        this(schema, null);
    }

    /** A MetaData with a default schema (or {@code null}) and a naming convention for unnamed constraints. */
    public MetaData(String schema, NamingConvention namingConvention) {
        this.schema = schema;
        this.namingConvention = namingConvention;
    }

    /** The naming convention, or {@code null}. */
    public NamingConvention namingConvention() {
        return namingConvention;
    }

    /** The default schema of new tables, or {@code null}. */
    public String schema() {
        return schema;
    }

    void register(Table table) {
        if (tables.containsKey(table.fullName())) {
            throw new InvalidRequestError("Table '" + table.fullName() + "' is already defined for this MetaData"
                    + " instance; remove() it first to redefine it");
        }
        tables.put(table.fullName(), table);
    }

    /** The tables by full name, in definition order (SQLAlchemy's {@code metadata.tables}); read-only. */
    public Map<String, Table> tables() {
        return Collections.unmodifiableMap(tables);
    }

    /** The table named {@code name}; an unknown name is an {@code InvalidRequestError} listing the known ones. */
    public Table table(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new InvalidRequestError("No table '" + name + "' in this MetaData; its tables are " + tables.keySet());
        }
        return t;
    }

    Table tableOrNull(String name) {
        return tables.get(name);
    }

    /** Adds a listener called around the CREATE and DROP of this MetaData's tables. */
    public void listen(DdlListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    List<DdlListener> listeners() {
        return listeners;
    }

    /** Removes {@code table}. */
    public void remove(Table table) {
        tables.remove(table.fullName(), table);
    }

    /** Removes every table. */
    public void clear() {
        tables.clear();
    }

    /**
     * The tables so that each comes after the tables it references (name order among independent ones), as
     * SQLAlchemy's {@code sorted_tables}. A cycle keeps the remaining tables in name order.
     */
    public List<Table> sortedTables() {
        Map<String, Table> byName = new TreeMap<>(tables);
        List<Table> out = new ArrayList<>();
        List<Table> remaining = new ArrayList<>(byName.values());
        while (!remaining.isEmpty()) {
            Table ready = null;
            for (Table t : remaining) {
                boolean depsDone = true;
                for (Table dep : t.referencedTables()) {
                    if (remaining.contains(dep)) {
                        depsDone = false;
                        break;
                    }
                }
                if (depsDone) {
                    ready = t;
                    break;
                }
            }
            if (ready == null) {
                out.addAll(remaining);
                break;
            }
            out.add(ready);
            remaining.remove(ready);
        }
        return out;
    }

    /** Creates every table that does not exist yet, in foreign-key order, in one transaction. */
    public void createAll(Engine engine) {
        createAll(engine, true);
    }

    /** Creates every table in foreign-key order; {@code checkFirst} skips the ones that exist. */
    public void createAll(Engine engine, boolean checkFirst) {
        engine.begin(conn -> createAll(conn, checkFirst));
    }

    /** Creates the tables on {@code conn}, in its current transaction (the caller commits). */
    public void createAll(Connection conn, boolean checkFirst) {
        SchemaRunner.create(conn, sortedTables(), checkFirst);
    }

    /** Drops every table that exists, dependents first, in one transaction. */
    public void dropAll(Engine engine) {
        dropAll(engine, true);
    }

    public void dropAll(Engine engine, boolean checkFirst) {
        engine.begin(conn -> dropAll(conn, checkFirst));
    }

    public void dropAll(Connection conn, boolean checkFirst) {
        SchemaRunner.drop(conn, sortedTables(), checkFirst);
    }

    /**
     * Loads every table of the database that is not here yet, with the tables their foreign keys refer to,
     * as SQLAlchemy's {@code metadata.reflect(bind=engine)}.
     */
    public void reflect(Engine engine) {
        Reflection.reflect(this, engine, Reflection.ReflectOptions.all());
    }

    /** Reflects with options: only some tables, views too, another schema, or replacing tables already here. */
    public void reflect(Engine engine, Reflection.ReflectOptions options) {
        Reflection.reflect(this, engine, options);
    }

    @Override
    public String toString() {
        return "MetaData(" + tables.keySet() + ")";
    }
}
