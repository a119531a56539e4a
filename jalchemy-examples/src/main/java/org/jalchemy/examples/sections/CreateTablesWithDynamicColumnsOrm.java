package org.jalchemy.examples.sections;

import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.mapping.DynamicEntity;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.types.SqlTypes;

/**
 * Seed: "Create tables with dynamic columns (ORM)". {@code registry.defineEntity} is Python's
 * {@code type(name, (Base,), cols)}: a table and an entity class made at run time; a table that exists
 * already is left alone, as the seed's reflect-then-return does. The listing shows this section's tables.
 * On SQLite the section uses a private in-memory database, as the (Table) variant does: SQLite's table
 * names ignore case, and the tour's {@code table1} would collide with {@code Table1}.
 */
public final class CreateTablesWithDynamicColumnsOrm implements Section {
    private static final List<String> TABLES = List.of("Table1", "Table2");

    @Override
    public String title() {
        return "Create tables with dynamic columns (ORM)";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.url().equals(context.memoryUrl()) ? context.engine()
                : Jalchemy.createEngine(context.memoryUrl());
        try {
            Registry base = new Registry();
            createTable(engine, base, "Table1", Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("name", SqlTypes.STRING));
            createTable(engine, base, "Table2", Column.of("id", SqlTypes.INTEGER).primaryKey(),
                    Column.of("key", SqlTypes.STRING), Column.of("val", SqlTypes.STRING));
            for (String t : Inspector.of(engine).getTableNames().stream().filter(TABLES::contains).sorted().toList()) {
                context.out().println(t);
            }
        } finally {
            if (engine != context.engine()) {
                engine.dispose();
            }
        }
    }

    private static void createTable(Engine engine, Registry base, String name, SchemaItem... cols) {
        if (Inspector.of(engine).hasTable(name)) {
            return;
        }
        Class<? extends DynamicEntity> table = base.defineEntity(name, cols);
        base.mapper(table).table().create(engine);
    }
}
