package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.or;

import java.util.List;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Table;

/**
 * Seed: "SQL Expression Language". Expressions print SQLAlchemy's string form; the seed's {@code repr()}
 * lines print the same string (a Java object has no separate repr). The expanding IN prints as
 * SQLAlchemy 1.4 does: {@code IN (__[POSTCOMPILE_l_name_1])}.
 */
public final class SqlExpressionLanguage implements Section {
    @Override
    public String title() {
        return "SQL Expression Language";
    }

    @Override
    public void run(TourContext context) {
        Table table = SeedTables.USER;
        var out = context.out();
        out.println(table.c("l_name").eq("ed"));
        out.println(table.c("f_name").ne("ed"));
        out.println(table.c("id").gt(3));
        out.println(table.c("id").gt(5).or(table.c("id").lt(2)));
        out.println(or(table.c("id").gt(5), table.c("id").lt(2)));
        out.println(table.c("l_name").eq(null));
        out.println(table.c("l_name").isNull());
        out.println(table.c("id").add(5));
        out.println(table.c("l_name").add("some name"));
        out.println(table.c("l_name").in(List.of("a", "b")));
    }
}
