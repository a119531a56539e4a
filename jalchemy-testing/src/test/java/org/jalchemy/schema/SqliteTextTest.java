package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.TEXT;
import static org.jalchemy.types.SqlTypes.string;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.types.JdbcValues;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLite's string reader decodes a value's UTF-8 bytes itself (cheaper than sqlite-jdbc's {@code getString}), and
 * only once a connection showed that the database keeps UTF-8: a file made in UTF-16 still reads right, through
 * {@code getString}. Either way a value reads back as {@code getString} would give it.
 */
class SqliteTextTest {
    /** Stored by plain JDBC, so the values include what SQLite's typing lets a text column hold. */
    private static final Object[] STORED = {"", null, "héllo ☃ 𝄞 ünïcödé", 42L, 1.5, "a\u0000b", "x".repeat(100_000)};

    @TempDir
    Path dir;

    @DatabaseTest(only = "sqlite")
    void aUtf8DatabaseReadsEveryValueAsGetStringDoes() throws Exception {
        readsBackAsGetStringDoes(dir.resolve("utf8.db"), null, true);
    }

    @DatabaseTest(only = "sqlite")
    void aUtf16DatabaseIsReadThroughGetString() throws Exception {
        readsBackAsGetStringDoes(dir.resolve("utf16.db"), "UTF-16le", false);
    }

    /**
     * An empty database's encoding can still change, here by a connect listener that runs after the dialect looked:
     * text must still read right, so the dialect waits for a database with content before trusting UTF-8.
     */
    @DatabaseTest(only = "sqlite")
    void anEmptyDatabaseSwitchedToUtf16ByAConnectListenerReadsRight() throws Exception {
        Engine engine = Jalchemy.createEngine("sqlite:///" + dir.resolve("new.db").toAbsolutePath());
        engine.listen(new org.jalchemy.event.EngineListener() {
            @Override
            public void connect(java.sql.Connection physical) {
                try (Statement s = physical.createStatement()) {
                    s.execute("PRAGMA encoding = 'UTF-16le'");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        MetaData metadata = new MetaData();
        Table notes = new Table("notes", metadata, Column.of("id", INTEGER).primaryKey(), Column.of("title", string(20)));
        try {
            metadata.createAll(engine);
            try (Connection conn = engine.connect()) {
                conn.execute(notes.insert().values(java.util.Map.of("id", 1, "title", "héllo ☃")));
                conn.commit();
                assertThat(conn.execute(text("PRAGMA encoding")).scalar(String.class)).isEqualTo("UTF-16le");
                assertThat(conn.execute(select(notes.c("title"))).scalar(String.class)).isEqualTo("héllo ☃");
            }
            assertThat(engine.dialect().textReader()).isSameAs(JdbcValues.STRING_READER);
        } finally {
            engine.dispose();
        }
    }

    private void readsBackAsGetStringDoes(Path file, String encoding, boolean bytesReader) throws Exception {
        List<String> expected = new ArrayList<>();
        try (java.sql.Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement s = c.createStatement()) {
                if (encoding != null) {
                    s.execute("PRAGMA encoding = '" + encoding + "'");
                }
                s.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, title VARCHAR(20), body TEXT)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO notes (id, title, body) VALUES (?, ?, ?)")) {
                for (int i = 0; i < STORED.length; i++) {
                    ps.setInt(1, i);
                    ps.setObject(2, STORED[i]);
                    ps.setObject(3, STORED[i]);
                    ps.executeUpdate();
                }
            }
            try (Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SELECT title FROM notes ORDER BY id")) {
                while (rs.next()) {
                    expected.add(rs.getString(1));
                }
            }
        }
        assertThat(expected).contains("héllo ☃ 𝄞 ünïcödé", "42", "1.5", "", null);

        MetaData metadata = new MetaData();
        Table notes = new Table("notes", metadata, Column.of("id", INTEGER).primaryKey(),
                Column.of("title", string(20)), Column.of("body", TEXT));
        Engine engine = Jalchemy.createEngine("sqlite:///" + file.toAbsolutePath());
        try (Connection conn = engine.connect()) {
            List<String> titles = new ArrayList<>();
            List<String> bodies = new ArrayList<>();
            conn.execute(select(notes.c("title"), notes.c("body")).orderBy(notes.c("id"))).forEach(row -> {
                titles.add(row.get(0, String.class));
                bodies.add(row.get(1, String.class));
            });
            assertThat(titles).isEqualTo(expected);
            assertThat(bodies).isEqualTo(expected);
            assertThat(engine.dialect().textReader() != JdbcValues.STRING_READER).isEqualTo(bytesReader);
        } finally {
            engine.dispose();
        }
        assertThat(Arrays.asList(STORED)).hasSize(expected.size());
    }
}
