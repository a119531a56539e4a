package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.BIGINT;
import static org.jalchemy.types.SqlTypes.BOOLEAN;
import static org.jalchemy.types.SqlTypes.DATE;
import static org.jalchemy.types.SqlTypes.DATETIME;
import static org.jalchemy.types.SqlTypes.DATETIME_TZ;
import static org.jalchemy.types.SqlTypes.DOUBLE;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.JSON;
import static org.jalchemy.types.SqlTypes.LARGE_BINARY;
import static org.jalchemy.types.SqlTypes.SMALLINT;
import static org.jalchemy.types.SqlTypes.TEXT;
import static org.jalchemy.types.SqlTypes.TIME;
import static org.jalchemy.types.SqlTypes.UUID;
import static org.jalchemy.types.SqlTypes.numeric;
import static org.jalchemy.types.SqlTypes.string;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.types.EnumType;

/** Every generic type's values survive a round trip on each database, nulls included. */
class TypesRoundTripTest {
    enum Mood { SAD, OK, HAPPY }

    private final MetaData metadata = new MetaData();
    private final Table t = new Table("types", metadata,
            Column.of("id", INTEGER).primaryKey(),
            Column.of("i", INTEGER),
            Column.of("s", SMALLINT),
            Column.of("b", BIGINT),
            Column.of("flag", BOOLEAN),
            Column.of("name", string(50)),
            Column.of("body", TEXT),
            Column.of("d", DOUBLE),
            Column.of("price", numeric(20, 6)),
            Column.of("day", DATE),
            Column.of("at", TIME),
            Column.of("ts", DATETIME),
            Column.of("tstz", DATETIME_TZ),
            Column.of("data", LARGE_BINARY),
            Column.of("mood", EnumType.of(Mood.class)),
            Column.of("doc", JSON),
            Column.of("u", UUID),
            Column.of("took", org.jalchemy.types.SqlTypes.INTERVAL));

    private Map<String, Object> edgeValues() {
        Map<String, Object> v = new HashMap<>();
        v.put("i", Integer.MIN_VALUE);
        v.put("s", Short.MAX_VALUE);
        v.put("b", Long.MAX_VALUE);
        v.put("flag", true);
        v.put("name", "héllo 😀 'quoted'");
        v.put("body", "x".repeat(5000));
        v.put("d", 1.5e300);
        // SQLite keeps 15 significant digits of a NUMERIC (it converts to a float when the first 15 survive)
        v.put("price", new BigDecimal("123456789.123456"));
        v.put("day", LocalDate.of(1989, 7, 1));
        v.put("at", LocalTime.of(23, 59, 58, 123_456_000));
        v.put("ts", LocalDateTime.of(1989, 7, 1, 0, 0, 0, 654_321_000));
        v.put("tstz", OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.ofHours(2)));
        v.put("data", new byte[] {0, 1, 2, (byte) 255});
        v.put("mood", Mood.HAPPY);
        v.put("doc", Map.of("a", List.of(1, 2), "b", "c"));
        v.put("u", java.util.UUID.fromString("123e4567-e89b-12d3-a456-426614174000"));
        v.put("took", java.time.Duration.ofDays(3).plusHours(4).plusMinutes(5).plusSeconds(6).plusNanos(789_000_000));
        return v;
    }

    @DatabaseTest
    void edgeValuesRoundTrip(Engine engine) {
        metadata.createAll(engine);
        Map<String, Object> values = edgeValues();
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(values));
            Row row = conn.execute(t.select()).one();
            for (Map.Entry<String, Object> e : values.entrySet()) {
                Object actual = row.get(e.getKey());
                Object expected = e.getValue();
                if (expected instanceof OffsetDateTime odt) {
                    assertThat(((OffsetDateTime) actual).toInstant()).as(e.getKey()).isEqualTo(odt.toInstant());
                } else if (expected instanceof byte[] bytes) {
                    assertThat((byte[]) actual).as(e.getKey()).isEqualTo(bytes);
                } else if (expected instanceof Map<?, ?>) {
                    assertThat(((JsonNode) actual).toString()).as(e.getKey())
                            .isEqualTo(org.jalchemy.types.JsonType.serialize(expected))
                            .isNotNull();
                } else {
                    assertThat(actual).as(e.getKey()).isEqualTo(expected);
                }
            }
        }
    }

    @DatabaseTest
    void nullsRoundTrip(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("id", 7)));
            Row row = conn.execute(select(t).where(t.c("id").eq(7))).one();
            for (String key : t.columns().keys()) {
                if (!key.equals("id")) {
                    assertThat(row.get(key)).as(key).isNull();
                }
            }
        }
    }

    /** Readers check for NULL only when the driver read a zero or false: zeros must stay zeros. */
    @DatabaseTest
    void zerosAndFalseAreNotNull(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("id", 8, "i", 0, "s", (short) 0, "b", 0L, "flag", false, "d", 0.0)));
            Row row = conn.execute(select(t).where(t.c("id").eq(8))).one();
            assertThat(row.get("i")).isEqualTo(0);
            assertThat(row.get("s")).isEqualTo((short) 0);
            assertThat(row.get("b")).isEqualTo(0L);
            assertThat(row.get("flag")).isEqualTo(false);
            assertThat(row.get("d")).isEqualTo(0.0);
        }
    }

    @DatabaseTest(only = "postgresql")
    void thousandDigitDecimalOnPostgresql(Engine engine) {
        Table big = new Table("big", metadata, Column.of("id", INTEGER).primaryKey(),
                Column.of("n", org.jalchemy.types.SqlTypes.NUMERIC));
        metadata.createAll(engine);
        BigDecimal n = new BigDecimal("9".repeat(1000) + "." + "1".repeat(50));
        try (Connection conn = engine.connect()) {
            conn.execute(big.insert().values(Map.of("n", n)));
            assertThat(conn.execute(select(big.c("n"))).scalar()).isEqualTo(n);
        }
    }

    @DatabaseTest(only = "sqlite")
    void sqliteStoresDateTimesAsSqlAlchemyText(Engine engine) {
        metadata.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(t.insert().values(Map.of("ts", LocalDateTime.of(1989, 7, 1, 0, 0))));
            assertThat(conn.execute(org.jalchemy.Jalchemy.text("SELECT ts || '' FROM types")).scalar())
                    .isEqualTo("1989-07-01 00:00:00.000000");
            assertThat(conn.execute(org.jalchemy.Jalchemy.text("SELECT ts FROM types").columns(t.c("ts"))).scalar())
                    .isEqualTo(LocalDateTime.of(1989, 7, 1, 0, 0));
        }
    }

    @DatabaseTest(only = {"sqlite", "mariadb"})
    void longDecimalsRoundTripOrFailLoudlyNeverTruncated(Engine engine, org.jalchemy.testing.TestDatabase db) {
        Table big = new Table("big2", metadata, Column.of("id", INTEGER).primaryKey(),
                Column.of("n", org.jalchemy.types.SqlTypes.numeric(65, 30)));
        metadata.createAll(engine);
        BigDecimal fits = new BigDecimal("12345678901234567890123456789012345.123456789012345678901234567890");
        BigDecimal tooLong = new BigDecimal("9".repeat(300));
        try (Connection conn = engine.connect()) {
            if (db.is("sqlite")) {
                // SQLite would keep only 15 significant digits: refused rather than silently rounded
                org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> conn.execute(big.insert().values(Map.of("id", 1, "n", fits))))
                        .isInstanceOf(org.jalchemy.exc.DataError.class).hasMessageContaining("15 significant digits");
                conn.rollback();
                BigDecimal fifteen = new BigDecimal("123456789.123456");
                conn.execute(big.insert().values(Map.of("id", 3, "n", fifteen)));
                conn.execute(big.insert().values(Map.of("id", 4, "n", new BigDecimal(Long.MAX_VALUE))));
                assertThat(conn.execute(select(big.c("n")).orderBy(big.c("id"))).scalars().all())
                        .containsExactly(fifteen.setScale(30), new BigDecimal(Long.MAX_VALUE).setScale(30));
            } else {
                conn.execute(big.insert().values(Map.of("id", 1, "n", fits)));
                assertThat(conn.execute(select(big.c("n"))).scalar()).isEqualTo(fits);
            }
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> conn.execute(big.insert().values(Map.of("id", 2, "n", tooLong))))
                    .isInstanceOf(org.jalchemy.exc.DataError.class);
        }
    }
}
