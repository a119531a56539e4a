package org.jalchemy.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.Jalchemy.text;

import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ProgrammingError;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/**
 * A table the connected user may not read: PostgreSQL's catalog still describes it, so it reflects, and reading
 * it is a clear ProgrammingError (SQLSTATE 42501). Only PostgreSQL: SQLite has no users, and the MariaDB test
 * server's anonymous accounts would shadow a new password-less user on 127.0.0.1.
 */
class PrivilegesTest {

    @DatabaseTest(only = "postgresql")
    void aTableTheUserCannotReadReflectsButReadingItIsAClearError(TestDatabase db, Engine admin) throws Exception {
        try (var c = db.target().openAdmin(); var s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'jalchemy_limited')"
                    + " THEN CREATE ROLE jalchemy_limited LOGIN; END IF; END $$");
        }
        admin.begin(conn -> {
            conn.execute(text("CREATE TABLE secret (id INTEGER PRIMARY KEY, code VARCHAR(10))"));
            conn.execute(text("REVOKE ALL ON secret FROM PUBLIC"));
        });
        Engine limited = Jalchemy.createEngine(db.url().withUsername("jalchemy_limited"));
        try {
            MetaData metadata = new MetaData();
            metadata.reflect(limited);
            Table secret = metadata.table("secret");
            assertThat(secret.columns().keys()).containsExactly("id", "code");
            try (Connection conn = limited.connect()) {
                assertThatThrownBy(() -> conn.execute(select(secret.c("code"))))
                        .isInstanceOfSatisfying(ProgrammingError.class, e -> assertThat(e.sqlState()).isEqualTo("42501"));
            }
        } finally {
            limited.dispose();
        }
    }
}
