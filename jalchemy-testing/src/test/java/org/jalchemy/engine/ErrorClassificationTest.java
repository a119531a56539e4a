package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.Map;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Assumptions;

class ErrorClassificationTest {

    @DatabaseTest
    void uniqueViolationIsAnIntegrityErrorCarryingSqlAndParameters(Engine engine) {
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE u (id INTEGER PRIMARY KEY, name VARCHAR(10) NOT NULL UNIQUE)"));
            conn.execute(text("INSERT INTO u (id, name) VALUES (:id, :name)"), Map.of("id", 1, "name", "a"));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO u (id, name) VALUES (:id, :name)"),
                    Map.of("id", 2, "name", "a")))
                    .isInstanceOfSatisfying(IntegrityError.class, e -> {
                        assertThat(e.sql()).isEqualTo("INSERT INTO u (id, name) VALUES (?, ?)");
                        assertThat(e.parameters()).isEqualTo(java.util.List.of(2, "a"));
                        assertThat(e.connectionInvalidated()).isFalse();
                        assertThat(e.getMessage()).contains("[SQL: INSERT INTO u").contains("[parameters: [2, a]]");
                        assertThat(e.getCause()).isInstanceOf(java.sql.SQLException.class);
                    });
        }
    }

    @DatabaseTest
    void notNullViolationIsAnIntegrityError(Engine engine) {
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE n (id INTEGER PRIMARY KEY, name VARCHAR(10) NOT NULL)"));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO n (id, name) VALUES (1, :name)"),
                    java.util.Collections.singletonMap("name", null))).isInstanceOf(IntegrityError.class);
        }
    }

    @DatabaseTest
    void syntaxErrorsAndUnknownTablesAreProgrammingErrors(Engine engine) {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELEC 1"))).isInstanceOf(ProgrammingError.class);
        }
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT * FROM no_such_table")))
                    .isInstanceOf(ProgrammingError.class).hasMessageContaining("no_such_table");
        }
    }

    @DatabaseTest
    void tooLongStringIsADataErrorWhereTheDatabaseEnforcesLength(Engine engine, TestDatabase db) {
        Assumptions.assumeFalse(db.is("sqlite"), "SQLite does not enforce VARCHAR lengths (type affinity)");
        try (Connection conn = engine.connect()) {
            conn.execute(text("CREATE TABLE s (v VARCHAR(3))"));
            assertThatThrownBy(() -> conn.execute(text("INSERT INTO s (v) VALUES (:v)"), Map.of("v", "toolong")))
                    .isInstanceOf(DataError.class);
        }
    }

    @DatabaseTest
    void everyDriverErrorIsADbapiErrorWithTheDriverExceptionAsCause(Engine engine) {
        try (Connection conn = engine.connect()) {
            assertThatThrownBy(() -> conn.execute(text("SELECT * FROM")))
                    .isInstanceOf(DBAPIError.class)
                    .satisfies(e -> assertThat(((DBAPIError) e).getCause()).isInstanceOf(java.sql.SQLException.class));
        }
    }
}
