package org.jalchemy.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.select;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.jalchemy.types.SqlTypes;

/**
 * reliability.md I3, I4 and I5: invalid text, large and extreme values round trip exactly or fail with a clear error from jalchemy's hierarchy;
 * none is silently changed (a NaN stored as NULL, a year-1 date shifted by the calendar switch).
 */
class EdgeValuesTest {
    private final MetaData md = new MetaData();
    private final Table t = new Table("edge", md, Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("big", SqlTypes.BIGINT), Column.of("d", SqlTypes.DOUBLE), Column.of("day", SqlTypes.DATE),
            Column.of("ts", SqlTypes.DATETIME));

    private Object roundTrip(Connection c, int id, String column, Object value) {
        c.execute(t.insert().values(Map.of("id", id, column, value)));
        return c.execute(select(t.c(column)).where(t.c("id").eq(id))).scalar();
    }

    @DatabaseTest
    void longExtremesRoundTrip(Engine engine) {
        md.createAll(engine);
        try (Connection c = engine.connect()) {
            assertThat(roundTrip(c, 1, "big", Long.MIN_VALUE)).isEqualTo(Long.MIN_VALUE);
            assertThat(roundTrip(c, 2, "big", Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
        }
    }

    /**
     * NaN and infinities: PostgreSQL stores them all, SQLite the infinities; what a database would not give back
     * as stored (SQLite keeps NaN as NULL; MariaDB has neither) is a DataError before anything is sent.
     */
    @DatabaseTest
    void nanAndInfinitiesRoundTripOrAreRefused(Engine engine, TestDatabase db) {
        md.createAll(engine);
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        try (Connection c = engine.connect()) {
            for (int i = 0; i < specials.length; i++) {
                double v = specials[i];
                int id = 10 + i;
                boolean stored = db.is("postgresql") || (db.is("sqlite") && !Double.isNaN(v));
                if (stored) {
                    assertThat(roundTrip(c, id, "d", v)).isEqualTo(v);
                } else {
                    assertThatThrownBy(() -> roundTrip(c, id, "d", v))
                            .isInstanceOf(org.jalchemy.exc.DataError.class)
                            .hasMessageContaining("cannot store");
                    assertThat(c.execute(select(t.c("id")).where(t.c("id").eq(id))).first()).isNull();
                }
            }
        }
    }

    /** Year 1 and year 9999 dates and timestamps keep their calendar values (no Julian/Gregorian shift). */
    @DatabaseTest
    void farDatesKeepTheirCalendarValues(Engine engine, TestDatabase db) {
        md.createAll(engine);
        // year 1 is outside MariaDB's documented DATE range (1000-9999) but it stores and returns it exactly
        LocalDate early = LocalDate.of(1, 1, 1);
        LocalDate late = LocalDate.of(9999, 12, 31);
        LocalDateTime lateTs = LocalDateTime.of(9999, 12, 31, 23, 59, 59);
        try (Connection c = engine.connect()) {
            assertThat(roundTrip(c, 20, "day", early)).isEqualTo(early);
            assertThat(roundTrip(c, 21, "day", late)).isEqualTo(late);
            assertThat(roundTrip(c, 22, "ts", lateTs)).isEqualTo(lateTs);
            assertThat(roundTrip(c, 23, "ts", early.atStartOfDay())).isEqualTo(early.atStartOfDay());
        }
    }


    /**
     * I4: 15 MiB of text and of bytes round trip; on MariaDB 17 MiB is past max_allowed_packet (16 MiB here),
     * which must be a clear error from jalchemy's hierarchy after which the engine still works.
     */
    @DatabaseTest
    void fifteenMegabytesRoundTripAndTooMuchIsAClearError(Engine engine, TestDatabase db) {
        String textType = db.is("mariadb") ? "LONGTEXT" : "TEXT";
        String bytesType = db.is("postgresql") ? "BYTEA" : db.is("mariadb") ? "LONGBLOB" : "BLOB";
        engine.begin(c -> c.execute(org.jalchemy.Jalchemy.text("CREATE TABLE big (id INTEGER PRIMARY KEY, s " + textType
                + ", b " + bytesType + ")")));
        String text = "x".repeat(15 << 20);
        byte[] bytes = new byte[15 << 20];
        java.util.Arrays.fill(bytes, (byte) 7);
        try (Connection c = engine.connect()) {
            c.execute(org.jalchemy.Jalchemy.text("INSERT INTO big (id, s) VALUES (1, :s)"), Map.of("s", text));
            c.execute(org.jalchemy.Jalchemy.text("INSERT INTO big (id, b) VALUES (2, :b)"), Map.of("b", bytes));
            c.commit();
            assertThat(c.execute(org.jalchemy.Jalchemy.text("SELECT s FROM big WHERE id = 1")).scalar()).isEqualTo(text);
            assertThat((byte[]) c.execute(org.jalchemy.Jalchemy.text("SELECT b FROM big WHERE id = 2")).scalar())
                    .isEqualTo(bytes);
        }
        if (db.is("mariadb")) {
            String tooBig = "y".repeat(17 << 20);
            try (Connection c = engine.connect()) {
                // the message shows the value's ends, never the whole 17 MB (rendering it ran out of heap)
                assertThatThrownBy(() -> c.execute(org.jalchemy.Jalchemy.text("INSERT INTO big (id, s) VALUES (3, :s)"),
                        Map.of("s", tooBig))).isInstanceOf(org.jalchemy.exc.DBAPIError.class)
                        .hasMessageContaining("characters truncated")
                        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(10_000));
                c.rollback();
            }
            try (Connection c = engine.connect()) {
                assertThat(c.execute(org.jalchemy.Jalchemy.text("SELECT count(*) FROM big")).scalar(Integer.class))
                        .isEqualTo(2);
            }
        }
    }

    /**
     * I3: a lone surrogate ("\uD800") is not valid Unicode. All three drivers encode text with Java's UTF-8
     * encoder, which replaces it with '?'; jalchemy documents that (docs/design/engine.md) rather than scan every
     * bound string on the hot path. No hang, no error, and the replacement is exactly one '?'.
     */
    @DatabaseTest
    void aLoneSurrogateIsStoredAsAQuestionMark(Engine engine) {
        Table s = new Table("surrogate", new MetaData(), Column.of("id", SqlTypes.INTEGER).primaryKey(),
                Column.of("v", SqlTypes.string(20)));
        s.metadata().createAll(engine);
        try (Connection c = engine.connect()) {
            c.execute(s.insert().values(Map.of("id", 1, "v", "a\uD800b")));
            assertThat(c.execute(select(s.c("v")).where(s.c("id").eq(1))).scalar()).isEqualTo("a?b");
        }
    }
}
