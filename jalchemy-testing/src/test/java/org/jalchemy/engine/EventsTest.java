package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.event.EngineListener;
import org.jalchemy.event.ExceptionContext;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class EventsTest {

    @DatabaseTest
    void listenersSeeCheckoutExecuteErrorsAndTransactions(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        List<String> seen = new ArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void checkout(java.sql.Connection physical) {
                seen.add("checkout");
            }

            @Override
            public void checkin(java.sql.Connection physical) {
                seen.add("checkin");
            }

            @Override
            public void beforeExecute(Connection c, String sql, List<?> parameters, boolean many) {
                seen.add("before " + sql + " " + parameters);
            }

            @Override
            public void afterExecute(Connection c, String sql, List<?> parameters, boolean many, Result result) {
                seen.add("after");
            }

            @Override
            public void handleError(ExceptionContext context) {
                seen.add("error " + context.sql() + " disconnect=" + context.isDisconnect());
            }

            @Override
            public void begin(Connection c) {
                seen.add("begin");
            }

            @Override
            public void rollback(Connection c) {
                seen.add("rollback");
            }
        });
        try (Connection conn = engine.connect()) {
            conn.execute(text("SELECT :x AS x"), Map.of("x", 7)).all();
            assertThatThrownBy(() -> conn.execute(text("SELEC 1"))).isInstanceOf(ProgrammingError.class);
            conn.rollback();
        }
        assertThat(seen).containsExactly("checkout", "begin", "before SELECT ? AS x [7]", "after", "before SELEC 1 []",
                "error SELEC 1 disconnect=false", "rollback", "checkin");
    }

    @DatabaseTest
    void aListenerCanDeclareAnErrorADisconnect(TestDatabase db) {
        Engine engine = db.newEngine(EngineOptions.defaults());
        engine.listen(new EngineListener() {
            @Override
            public void handleError(ExceptionContext context) {
                context.setDisconnect(true);
            }
        });
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELEC 1")))
                    .isInstanceOfSatisfying(ProgrammingError.class, e -> assertThat(e.connectionInvalidated()).isTrue());
            conn.rollback();
            assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
        }
    }
}
