package org.jalchemy.examples.sections;

import static org.jalchemy.Jalchemy.text;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Transaction;
import org.jalchemy.examples.Section;
import org.jalchemy.examples.TourContext;

/**
 * Seed: "Transaction and Connect Object". The seed only makes the engine; this shows what its connection
 * and transaction objects do: a rolled-back transaction leaves nothing, a committed one stays.
 */
public final class TransactionAndConnectObject implements Section {
    @Override
    public String title() {
        return "Transaction and Connect Object";
    }

    @Override
    public void run(TourContext context) {
        Engine engine = context.engine();
        String ex1 = Quoting.quote(engine, "EX1");
        var insert = text("INSERT INTO " + ex1 + " (id, name) VALUES (:id, :name)");
        var selectAll = text("SELECT * FROM " + ex1);
        try (Connection conn = engine.connect()) {
            try (Transaction trans = conn.begin()) {
                conn.execute(insert, Map.of("id", 2, "name", "tx1"));
                trans.rollback();
            }
            context.out().println("after rollback: " + conn.execute(selectAll).all());
            // the SELECT began a transaction of its own (autobegin): end it before the next begin()
            conn.commit();
            try (Transaction trans = conn.begin()) {
                conn.execute(insert, Map.of("id", 2, "name", "tx2"));
                trans.commit();
            }
            context.out().println("after commit: " + conn.execute(selectAll).all());
            conn.execute(text("DELETE FROM " + ex1));
            conn.commit();
        }
    }
}
