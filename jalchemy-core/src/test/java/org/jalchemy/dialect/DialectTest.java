package org.jalchemy.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.Properties;
import org.jalchemy.engine.URL;
import org.junit.jupiter.api.Test;

class DialectTest {

    @Test
    void jdbcUrlsKeepCredentialsOutOfTheUrl() {
        URL url = URL.parse("postgresql://scott:tiger@db:5433/test");
        Dialect pg = Dialects.forUrl(url);
        assertThat(pg.jdbcUrl(url)).isEqualTo("jdbc:postgresql://db:5433/test");
        Properties props = pg.connectProperties(url);
        assertThat(props.getProperty("user")).isEqualTo("scott");
        assertThat(props.getProperty("password")).isEqualTo("tiger");
    }

    @Test
    void mariadbForcesLocalInfileOffAndDisablesTlsOnLoopback() {
        URL url = URL.parse("mariadb://root@127.0.0.1:3306/test");
        Properties props = Dialects.forUrl(url).connectProperties(url);
        assertThat(props.getProperty("allowLocalInfile")).isEqualTo("false");
        assertThat(props.getProperty("sslMode")).isEqualTo("disable");
        assertThat(Dialects.forUrl(url).jdbcUrl(url)).isEqualTo("jdbc:mariadb://127.0.0.1:3306/test");
    }

    @Test
    void sqliteUrlsAndItsSingleConnectionMemoryDatabase() {
        Dialect sqlite = Dialects.named("sqlite");
        assertThat(sqlite.jdbcUrl(URL.parse("sqlite://"))).isEqualTo("jdbc:sqlite::memory:");
        assertThat(sqlite.singleConnection(URL.parse("sqlite://"))).isTrue();
        assertThat(sqlite.jdbcUrl(URL.parse("sqlite:////tmp/a.db"))).isEqualTo("jdbc:sqlite:/tmp/a.db");
        assertThat(sqlite.singleConnection(URL.parse("sqlite:///a.db"))).isFalse();
        assertThat(sqlite.connectProperties(URL.parse("sqlite://")).getProperty("foreign_keys")).isEqualTo("true");
    }

    @Test
    void sqlStatesClassify() {
        assertThat(BaseDialect.classifySqlState("23505")).isEqualTo(ErrorClass.INTEGRITY);
        assertThat(BaseDialect.classifySqlState("22001")).isEqualTo(ErrorClass.DATA);
        assertThat(BaseDialect.classifySqlState("42601")).isEqualTo(ErrorClass.PROGRAMMING);
        assertThat(BaseDialect.classifySqlState("08006")).isEqualTo(ErrorClass.OPERATIONAL);
        assertThat(BaseDialect.classifySqlState("0A000")).isEqualTo(ErrorClass.NOT_SUPPORTED);
        assertThat(BaseDialect.classifySqlState("25P02")).isEqualTo(ErrorClass.INTERNAL);
        assertThat(BaseDialect.classifySqlState(null)).isEqualTo(ErrorClass.DATABASE);
    }

    @Test
    void disconnectsAreRecognisedBySqlStateAndVendorCodeNotByClass() {
        Dialect pg = Dialects.named("postgresql");
        Dialect maria = Dialects.named("mariadb");
        assertThat(pg.isDisconnect(new SQLException("x", "57P01"), null)).isTrue();
        assertThat(pg.isDisconnect(new SQLException("x", "08003"), null)).isTrue();
        assertThat(pg.isDisconnect(new SQLException("x", "25P03"), null)).isTrue();
        assertThat(pg.isDisconnect(new SQLException("x", "57014"), null)).isFalse();
        assertThat(pg.isDisconnect(new SQLException("x", "40001"), null)).isFalse();
        assertThat(maria.isDisconnect(new SQLException("gone", "HY000", 2006), null)).isTrue();
        assertThat(maria.isDisconnect(new SQLException("dup", "23000", 1062), null)).isFalse();
    }

    @Test
    void postgresqlEscapesQuestionMarksOutsideLiterals() {
        Dialect pg = Dialects.named("postgresql");
        assertThat(pg.escapeLiteralQuestionMarks("SELECT '?' , data ? 'k'")).isEqualTo("SELECT '?' , data ?? 'k'");
        assertThat(Dialects.named("sqlite").escapeLiteralQuestionMarks("a ? b")).isEqualTo("a ? b");
    }
}
