package org.jalchemy.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.select;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.Row;
import org.jalchemy.inspection.Reflection.ReflectOptions;
import org.jalchemy.schema.CreateTable;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.testing.Chinook;
import org.jalchemy.testing.DatabaseTest;

/**
 * Realistic Core queries over Chinook tables reflected from each database. The expected answers were computed
 * independently (Python's sqlite3 on the original script), and must come out the same on all three.
 */
class ChinookQueriesTest {

    /** Tables and columns by their normalized name, whatever naming style the script used. */
    private record Schema(MetaData metadata) {
        Table t(String name) {
            return metadata.tables().values().stream().filter(t -> Chinook.normalize(t.name()).equals(name))
                    .findFirst().orElseThrow(() -> new AssertionError("no table " + name));
        }

        ColumnClause<Object> c(String table, String column) {
            Table t = t(table);
            String key = t.columns().keys().stream().filter(k -> Chinook.normalize(k).equals(column))
                    .findFirst().orElseThrow(() -> new AssertionError("no column " + table + "." + column));
            return t.c(key);
        }
    }

    private static Schema load(Engine engine) throws Exception {
        Chinook.load(engine);
        MetaData metadata = new MetaData();
        Reflection.reflect(metadata, engine, ReflectOptions.all());
        return new Schema(metadata);
    }

    @DatabaseTest
    void joinsGroupsOuterJoinsSubqueriesAndLimits(Engine engine) throws Exception {
        Schema s = load(engine);
        try (Connection conn = engine.connect()) {
            var count = func.count().label("n");
            var topArtists = select(s.c("artist", "name"), count)
                    .selectFrom(s.t("artist").join(s.t("album")).join(s.t("track")))
                    .groupBy(s.c("artist", "artistid"), s.c("artist", "name"))
                    .orderBy(count.desc(), s.c("artist", "name")).limit(4);
            assertThat(conn.execute(topArtists).all()).extracting(Row::toString)
                    .containsExactly("('Iron Maiden', 213)", "('U2', 135)", "('Led Zeppelin', 114)", "('Metallica', 112)");

            var genres = select(s.c("genre", "name"), func.count())
                    .selectFrom(s.t("genre").join(s.t("track")))
                    .groupBy(s.c("genre", "genreid"), s.c("genre", "name"))
                    .having(func.count().gt(300)).orderBy(func.count().desc());
            assertThat(conn.execute(genres).all()).extracting(r -> r.get(0) + "=" + r.get(1, Long.class))
                    .containsExactly("Rock=1297", "Latin=579", "Metal=374", "Alternative & Punk=332");

            var noInvoices = select(func.count()).selectFrom(s.t("customer").outerjoin(s.t("invoice")))
                    .where(s.c("invoice", "invoiceid").isNull());
            assertThat(conn.execute(noInvoices).scalar(Long.class)).isZero();

            Object total = conn.execute(select(func.sum(s.c("invoice", "total")))).scalar();
            assertThat(new BigDecimal(total.toString()).setScale(2, RoundingMode.HALF_UP)).isEqualByComparingTo("2328.60");

            var avg = select(func.avg(s.c("track", "milliseconds"))).scalarSubquery();
            assertThat(conn.execute(select(func.count()).selectFrom(s.t("track"))
                    .where(s.c("track", "milliseconds").gt(avg))).scalar(Long.class)).isEqualTo(494);

            var reps = select(s.c("employee", "lastname"), func.count(s.c("customer", "customerid")))
                    .selectFrom(s.t("employee").outerjoin(s.t("customer"),
                            s.c("customer", "supportrepid").eq(s.c("employee", "employeeid"))))
                    .groupBy(s.c("employee", "employeeid"), s.c("employee", "lastname"))
                    .orderBy(s.c("employee", "lastname"));
            assertThat(conn.execute(reps).all()).extracting(r -> r.get(0) + ":" + r.get(1, Long.class))
                    .containsExactly("Adams:0", "Callahan:0", "Edwards:0", "Johnson:18", "King:0", "Mitchell:0",
                            "Park:20", "Peacock:21");
        }
    }

    @DatabaseTest
    void chinookReflectedFromSqliteIsCreatedAndCopiedOntoEachDatabase(Engine target) throws Exception {
        Path dir = Files.createTempDirectory("chinook-source");
        Engine source = Jalchemy.createEngine("sqlite:///" + dir.resolve("chinook.db"));
        try {
            Schema from = load(source);
            MetaData copy = new MetaData();
            for (Table t : from.metadata().sortedTables()) {
                target.begin(conn -> conn.execute(new CreateTable(t)));
            }
            Reflection.reflect(copy, target, ReflectOptions.all());
            try (Connection in = source.connect(); Connection out = target.connect()) {
                for (Table t : from.metadata().sortedTables()) {
                    List<Map<String, ?>> rows = new ArrayList<>();
                    for (Row r : in.execute(t.select())) {
                        rows.add(r.asMap());
                    }
                    out.execute(copy.table(t.name()).insert(), rows);
                }
                out.commit();
            }
            Schema copied = new Schema(copy);
            try (Connection conn = target.connect()) {
                assertThat(conn.execute(select(func.count()).selectFrom(copied.t("track"))).scalar(Long.class)).isEqualTo(3503);
                assertThat(conn.execute(select(func.count()).selectFrom(copied.t("playlisttrack"))).scalar(Long.class)).isEqualTo(8715);
                assertThat(conn.execute(select(copied.c("invoice", "invoicedate")).orderBy(copied.c("invoice", "invoiceid")).limit(1))
                        .scalar().toString()).isEqualTo("2021-01-01T00:00");
            }
        } finally {
            source.dispose();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
