package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.SchemaItem;
import org.jalchemy.schema.Table;

/**
 * Seed: "Create tables with dynamic columns (Table)". Tables built at run time from column lists given
 * to a helper; the listing shows this section's tables, sorted. On SQLite the section uses a private
 * in-memory database: SQLite's table names ignore case, so {@code Table1} would collide with the
 * {@code table1} of the previous section (the seed runs them on separate databases).
 */
public final class CreateTablesWithDynamicColumnsTable implements Section {
    private static final List<String> TABLES = List.of("Table1", "Table2");

    @Override
    public String title() {
        return "Create tables with dynamic columns (Table)";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.url().equals(context.memoryUrl()) ? context.engine()
                : Jalchemy.createEngine(context.memoryUrl());
        try {
            run(context, engine);
        } finally {
            if (engine != context.engine()) {
                engine.dispose();
            }
        }
    }

    private void run(TourContext context, Engine engine) {
        createTable(engine, "Table1",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("name", STRING));
        createTable(engine, "Table2",
                Column.of("id", INTEGER).primaryKey(),
                Column.of("key", STRING),
                Column.of("val", STRING));
        for (String name : Inspector.of(engine).getTableNames().stream().filter(TABLES::contains).sorted().toList()) {
            context.out().println(name);
        }
    }

    private static void createTable(Engine engine, String name, SchemaItem... cols) {
        MetaData meta = new MetaData();
        if (Inspector.of(engine).hasTable(name)) {
            return;
        }
        Table table = new Table(name, meta, cols);
        table.create(engine);
    }
}
