package org.jalchemy.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.testing.Chinook;
import org.jalchemy.testing.DatabaseTest;

/** The Chinook schema, written by someone else for each database, reflected identically up to naming style. */
class ChinookReflectionTest {

    private static String n(String name) {
        return Chinook.normalize(name);
    }

    @DatabaseTest
    void elevenTablesWithTheirKeysIndexesAndColumns(Engine engine) throws Exception {
        Chinook.load(engine);
        Inspector inspector = Jalchemy.inspect(engine);
        List<String> tables = inspector.getTableNames();
        assertThat(tables.stream().map(ChinookReflectionTest::n).sorted().toList()).isEqualTo(Chinook.TABLES);

        Map<String, String> pks = new TreeMap<>();
        Map<String, String> fks = new TreeMap<>();
        int indexed = 0;
        for (String t : tables) {
            pks.put(n(t), inspector.getPkConstraint(t).columns().stream().map(ChinookReflectionTest::n)
                    .collect(Collectors.joining(",")));
            for (ReflectedForeignKey fk : inspector.getForeignKeys(t)) {
                fks.put(n(t) + "." + fk.columns().stream().map(ChinookReflectionTest::n).collect(Collectors.joining(",")),
                        n(fk.referredTable()) + "." + fk.referredColumns().stream().map(ChinookReflectionTest::n)
                                .collect(Collectors.joining(",")));
            }
            List<List<String>> fkColumns = inspector.getForeignKeys(t).stream().map(ReflectedForeignKey::columns).toList();
            indexed += (int) inspector.getIndexes(t).stream().filter(i -> fkColumns.contains(i.columns())).count();
        }
        assertThat(pks).containsEntry("playlisttrack", "playlistid,trackid").containsEntry("track", "trackid")
                .containsEntry("invoiceline", "invoicelineid").hasSize(11);
        assertThat(fks).hasSize(11)
                .containsEntry("track.albumid", "album.albumid")
                .containsEntry("track.genreid", "genre.genreid")
                .containsEntry("track.mediatypeid", "mediatype.mediatypeid")
                .containsEntry("employee.reportsto", "employee.employeeid")
                .containsEntry("invoiceline.invoiceid", "invoice.invoiceid")
                .containsEntry("playlisttrack.trackid", "track.trackid");
        assertThat(indexed).as("every foreign key has its index").isEqualTo(11);

        String track = tables.stream().filter(t -> n(t).equals("track")).findFirst().orElseThrow();
        List<ReflectedColumn> cols = inspector.getColumns(track);
        assertThat(cols).extracting(c -> n(c.name())).containsExactly("trackid", "name", "albumid", "mediatypeid",
                "genreid", "composer", "milliseconds", "bytes", "unitprice");
        assertThat(cols).extracting(ReflectedColumn::nullable)
                .containsExactly(false, false, true, false, true, true, false, true, false);
        assertThat(cols.get(1).length()).isEqualTo(200);
        assertThat(cols.get(8).precision()).isEqualTo(10);
        assertThat(cols.get(8).scale()).isEqualTo(2);
    }
}
