package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.DataError;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * reliability.md X (values through text()) and I2: every payload travels as a bound value, reads back
 * byte-identical, and the canary table survives.
 */
class InjectionTest {
    static final List<String> PAYLOADS = List.of("' OR '1'='1", "'); DROP TABLE canary;--", "\\' OR 1=1 -- ",
            "\" OR \"\"=\"", "`", "*/ OR 1=1 /*", "-- x", ";", ":name", "?", "??", "$1", "%", "_", "\\",
            "\u2019", "\u02BC", "emoji \uD83D\uDE00", "x".repeat(100_000));

    @DatabaseTest
    void payloadsAreValuesNeverSql(Engine engine, TestDatabase db) {
        // MariaDB's TEXT holds 64 KB (a longer value is a DataError, never truncated): the 100 KB payload needs more
        String textType = db.is("mariadb") ? "MEDIUMTEXT" : "TEXT";
        engine.begin(c -> {
            c.execute(text("CREATE TABLE canary (id INTEGER PRIMARY KEY)"));
            c.execute(text("INSERT INTO canary (id) VALUES (1)"));
            c.execute(text("CREATE TABLE v (id INTEGER PRIMARY KEY, s " + textType + ")"));
        });
        try (Connection conn = engine.connect()) {
            for (int i = 0; i < PAYLOADS.size(); i++) {
                conn.execute(text("INSERT INTO v (id, s) VALUES (:id, :s)"), Map.of("id", i, "s", PAYLOADS.get(i)));
            }
            conn.commit();
            for (int i = 0; i < PAYLOADS.size(); i++) {
                Object back = conn.execute(text("SELECT s FROM v WHERE s = :s AND id = :id"),
                        Map.of("s", PAYLOADS.get(i), "id", i)).scalarOne();
                assertThat(back).isEqualTo(PAYLOADS.get(i));
            }
            assertThat(conn.execute(text("SELECT count(*) FROM v WHERE s LIKE :p"), Map.of("p", "%' OR '1'='1%"))
                    .scalar(Integer.class)).isEqualTo(1);
            assertThat(conn.execute(text("SELECT count(*) FROM canary")).scalar(Integer.class)).isEqualTo(1);
        }
    }

    @DatabaseTest
    void aNulCharacterRoundTripsOrIsADataErrorThatKeepsTheConnection(Engine engine, TestDatabase db) {
        engine.begin(c -> c.execute(text("CREATE TABLE n (id INTEGER PRIMARY KEY, s VARCHAR(10))")));
        try (Connection conn = engine.connect()) {
            if (db.is("postgresql")) {
                assertThatThrownBy(() -> conn.execute(text("INSERT INTO n (id, s) VALUES (1, :s)"), Map.of("s", "a\0b")))
                        .isInstanceOfSatisfying(DataError.class, e -> assertThat(e.connectionInvalidated()).isFalse());
                conn.rollback();
                assertThat(conn.execute(text("SELECT 1")).scalar(Integer.class)).isEqualTo(1);
            } else {
                conn.execute(text("INSERT INTO n (id, s) VALUES (1, :s)"), Map.of("s", "a\0b"));
                assertThat(conn.execute(text("SELECT s FROM n")).scalar()).isEqualTo("a\0b");
            }
        }
    }
}
