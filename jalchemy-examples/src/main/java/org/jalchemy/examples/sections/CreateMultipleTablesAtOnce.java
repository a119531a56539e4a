package org.jalchemy.examples.sections;

import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.examples.Py;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.inspection.Inspector;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;

/**
 * Seed: "Create multiple tables at once". Three tables made from one column list, each created only if
 * the database does not have it yet (the seed checks its reflected MetaData; the tour asks the inspector).
 * The listing shows the tables of this section, sorted, since the tour's database holds others too.
 */
public final class CreateMultipleTablesAtOnce implements Section {
    private static final List<String> TABLES = List.of("table1", "table2", "table3");

    @Override
    public String title() {
        return "Create multiple tables at once";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.engine();
        MetaData metadata = new MetaData();
        for (String name : TABLES) {
            createTable(engine, name, metadata);
        }
        List<String> names = Inspector.of(engine).getTableNames().stream().filter(TABLES::contains).sorted().toList();
        context.out().println(Py.repr(names));
    }

    private static void createTable(Engine engine, String name, MetaData metadata) {
        if (!Inspector.of(engine).hasTable(name)) {
            Table table = new Table(name, metadata,
                    Column.of("id", INTEGER).primaryKey(),
                    Column.of("key", STRING),
                    Column.of("val", INTEGER));
            table.create(engine);
        }
    }
}
