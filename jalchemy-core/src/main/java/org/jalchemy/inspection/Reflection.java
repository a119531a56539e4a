package org.jalchemy.inspection;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.NoSuchTableError;
import org.jalchemy.schema.CheckConstraint;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.ForeignKeyConstraint;
import org.jalchemy.schema.Index;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.PrimaryKeyConstraint;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;
import org.jalchemy.schema.UniqueConstraint;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.types.TypeEngine;

/**
 * Loads tables from a live database into a {@link MetaData}: columns with their types, primary key, foreign
 * keys (pulling in the tables they refer to), indexes, unique and check constraints, comments.
 *
 * <p>Mirrors {@code MetaData.reflect()} and {@code Table(..., autoload_with=engine)}. A reflected table is a
 * full {@link Table}: usable in statements, DDL and mappings. A table already in the metadata is kept as it
 * is unless {@code extendExisting} asks to replace it.
 * <pre>{@code
 * MetaData metadata = new MetaData();
 * Reflection.reflect(metadata, engine, ReflectOptions.all());
 * }</pre>
 */
public final class Reflection {
    private Reflection() {
    }

    /** What {@link #reflect} loads. */
    public record ReflectOptions(Predicate<String> only, boolean views, String schema, boolean replaceExisting) {
        public static ReflectOptions all() {
            return new ReflectOptions(name -> true, false, null, false);
        }

        public ReflectOptions only(List<String> names) {
            return new ReflectOptions(new HashSet<>(names)::contains, views, schema, replaceExisting);
        }

        public ReflectOptions only(Predicate<String> predicate) {
            return new ReflectOptions(predicate, views, schema, replaceExisting);
        }

        public ReflectOptions withViews() {
            return new ReflectOptions(only, true, schema, replaceExisting);
        }

        public ReflectOptions inSchema(String value) {
            return new ReflectOptions(only, views, value, replaceExisting);
        }

        /** Replace tables already in the metadata with their reflected form ({@code extend_existing=True}). */
        public ReflectOptions extendExisting() {
            return new ReflectOptions(only, views, schema, true);
        }
    }

    /** Reflects every table (and, if asked, view) of the database that the options select. */
    public static void reflect(MetaData metadata, Engine engine, ReflectOptions options) {
        Inspector inspector = Inspector.of(engine);
        List<String> names = new ArrayList<>(inspector.getTableNames(options.schema()));
        if (options.views()) {
            names.addAll(inspector.getViewNames(options.schema()));
        }
        if (options.only() != null) {
            names.removeIf(options.only().negate());
        }
        for (String name : names) {
            reflectTable(metadata, inspector, name, options.schema(), options.replaceExisting(), new HashSet<>());
        }
    }

    /** Reflects {@code names}, each of which must exist. */
    public static void reflectOnly(MetaData metadata, Engine engine, List<String> names, String schema) {
        Inspector inspector = Inspector.of(engine);
        List<String> available = inspector.getTableNames(schema);
        List<String> missing = names.stream().filter(n -> !available.contains(n) && !inspector.hasTable(n, schema)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidRequestError("Could not reflect: requested table(s) not available in "
                    + engine.url() + (schema == null ? "" : " schema '" + schema + "'") + ": (" + String.join(", ", missing) + ")");
        }
        for (String name : names) {
            reflectTable(metadata, inspector, name, schema, false, new HashSet<>());
        }
    }

    /** One table (and the tables its foreign keys refer to), as {@code Table(name, metadata, autoload_with=engine)}. */
    public static Table table(String name, MetaData metadata, Engine engine) {
        return reflectTable(metadata, Inspector.of(engine), name, null, false, new HashSet<>());
    }

    private static Table reflectTable(MetaData metadata, Inspector inspector, String name, String schema,
                                      boolean replace, Set<String> inProgress) {
        String key = schema == null ? name : schema + "." + name;
        Table existing = metadata.tables().get(key);
        if (existing != null && !replace) {
            return existing;
        }
        if (!inProgress.add(key)) {
            return existing;
        }
        List<ReflectedColumn> columns = inspector.getColumns(name, schema);
        if (columns.isEmpty()) {
            throw new NoSuchTableError(key);
        }
        ReflectedPrimaryKey pk = inspector.getPkConstraint(name, schema);
        List<SchemaItem> items = new ArrayList<>();
        for (ReflectedColumn rc : columns) {
            items.add(column(rc, pk.columns().size() == 1 && pk.columns().contains(rc.name())));
        }
        if (!pk.columns().isEmpty()) {
            PrimaryKeyConstraint pkc = new PrimaryKeyConstraint(pk.columns().toArray(new String[0]));
            items.add(pk.name() == null ? pkc : pkc.named(pk.name()));
        }
        List<ReflectedForeignKey> fks = inspector.getForeignKeys(name, schema);
        for (ReflectedForeignKey fk : fks) {
            String target = (fk.referredSchema() == null ? "" : fk.referredSchema() + ".") + fk.referredTable();
            List<String> targets = fk.referredColumns().stream().map(c -> target + "." + c).toList();
            ForeignKeyConstraint fkc = new ForeignKeyConstraint(fk.columns(), targets);
            if (fk.name() != null) {
                fkc = fkc.named(fk.name());
            }
            if (fk.onDelete() != null) {
                fkc = fkc.ondelete(fk.onDelete());
            }
            if (fk.onUpdate() != null) {
                fkc = fkc.onupdate(fk.onUpdate());
            }
            items.add(fkc);
        }
        Set<String> uniqueNames = new HashSet<>();
        for (ReflectedUniqueConstraint uc : inspector.getUniqueConstraints(name, schema)) {
            UniqueConstraint u = new UniqueConstraint(uc.columns().toArray(new String[0]));
            items.add(uc.name() == null ? u : u.named(uc.name()));
            if (uc.name() != null) {
                uniqueNames.add(uc.name());
            }
        }
        for (ReflectedIndex ix : inspector.getIndexes(name, schema)) {
            // MariaDB reports a unique constraint as a unique index too; expression indexes are not reflected
            if (uniqueNames.contains(ix.name()) || !ix.expressions().isEmpty() || ix.columns().contains(null)) {
                continue;
            }
            Index index = new Index(ix.name(), ix.columns().toArray(new String[0]));
            items.add(ix.unique() ? index.unique() : index);
        }
        for (ReflectedCheckConstraint cc : inspector.getCheckConstraints(name, schema)) {
            CheckConstraint check = new CheckConstraint(cc.sqltext());
            items.add(cc.name() == null ? check : check.named(cc.name()));
        }
        if (existing != null) {
            metadata.remove(existing);
        }
        Table table = schema == null ? new Table(name, metadata, items.toArray(new SchemaItem[0]))
                : Table.inSchema(schema, name, metadata, items.toArray(new SchemaItem[0]));
        String comment = inspector.getTableComment(name, schema);
        if (comment != null) {
            table.comment(comment);
        }
        for (ReflectedForeignKey fk : fks) {
            String targetSchema = fk.referredSchema() != null ? fk.referredSchema() : schema;
            reflectTable(metadata, inspector, fk.referredTable(), targetSchema, false, inProgress);
        }
        return table;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Column<?> column(ReflectedColumn rc, boolean soloPrimaryKey) {
        TypeEngine<?> type = ReflectedTypes.typeOf(rc);
        Column column = Column.of(rc.name(), (TypeEngine) type).nullable(rc.nullable());
        if (soloPrimaryKey) {
            column = column.autoincrement(rc.autoincrement());
        }
        // a sequence default is how the database autoincrements: it is not a default to re-create
        if (rc.defaultText() != null && !rc.autoincrement()) {
            column = column.serverDefault(new LiteralColumn<>(rc.defaultText(), type));
        }
        if (rc.comment() != null) {
            column = column.comment(rc.comment());
        }
        return column;
    }
}
