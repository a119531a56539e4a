package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.select;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Select;

/**
 * Seed: "join() - Joined Two Tables via \"JOIN\" Statement". The {@code email} table is created, two rows
 * inserted, and joined to {@code user} on {@code email.name = user.l_name} through {@code selectFrom};
 * rows are ordered by e-mail so that every database prints them alike.
 */
public final class JoinJoinedTwoTablesViaJoinStatement implements Section {
    @Override
    public String title() {
        return "join() - Joined Two Tables via \"JOIN\" Statement";
    }

    @Override
    public void run(TourContext context) {
        SeedTables.META.createAll(context.engine());
        Table userT = SeedTables.META.table("user");
        Table emailT = SeedTables.META.table("email");
        try (Connection conn = context.engine().connect()) {
            conn.execute(emailT.insert(), List.of(
                    Map.of("email", "ker@test", "name", "Hi"),
                    Map.of("email", "yo@test", "name", "Hello")));
            conn.commit();
            Join joinObj = userT.join(emailT, emailT.c("name").eq(userT.c("l_name")));
            Select selSt = select(userT.c("l_name"), emailT.c("email")).selectFrom(joinObj)
                    .orderBy(emailT.c("email"));
            SeedTables.printRows(conn, selSt, context.out());
        }
    }
}
