package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

class SecretsTest {
    private static final String PASSWORD = "s3cr3t-Pw";

    @DatabaseTest(only = {"postgresql", "mariadb"})
    void aRejectedLoginNeverShowsThePassword(TestDatabase db) {
        URL bad = db.url().withUsername("jalchemy_no_such_user").withPassword(PASSWORD);
        assertThat(bad.toString()).contains(":***@").doesNotContain(PASSWORD);
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Throwable thrown;
        try {
            Engine engine = Jalchemy.createEngine(bad, EngineOptions.builder().echo(true).build());
            thrown = org.assertj.core.api.Assertions.catchThrowable(engine::connect);
            engine.dispose();
        } finally {
            System.setErr(original);
        }
        assertThat(thrown).isInstanceOf(OperationalError.class);
        StringBuilder everything = new StringBuilder(captured.toString(StandardCharsets.UTF_8));
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            everything.append(t).append('\n');
            for (StackTraceElement el : t.getStackTrace()) {
                everything.append(el).append('\n');
            }
        }
        assertThat(everything.toString()).doesNotContain(PASSWORD);
    }

    @DatabaseTest
    void hiddenParametersStayOutOfExceptions(TestDatabase db) {
        Engine open = db.engine();
        Engine hidden = db.newEngine(EngineOptions.builder().hideParameters(true).build());
        open.begin(c -> c.execute(text("CREATE TABLE k (id INTEGER PRIMARY KEY, secret VARCHAR(20))")));
        open.begin(c -> c.execute(text("INSERT INTO k (id, secret) VALUES (1, 'x')")));
        var insert = text("INSERT INTO k (id, secret) VALUES (:id, :secret)");
        // control: without hiding, the value is in the message, so the assertion below can fail
        try (Connection c = open.connect()) {
            assertThatThrownBy(() -> c.execute(insert, Map.of("id", 1, "secret", PASSWORD)))
                    .isInstanceOf(IntegrityError.class).hasMessageContaining(PASSWORD);
        }
        try (Connection c = hidden.connect()) {
            assertThatThrownBy(() -> c.execute(insert, Map.of("id", 1, "secret", PASSWORD)))
                    .isInstanceOfSatisfying(IntegrityError.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(PASSWORD).contains("hidden");
                        assertThat(e.parameters()).isNull();
                    });
        }
    }
}
