package org.jalchemy.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.NoSuchModuleError;
import org.jalchemy.Jalchemy;
import org.junit.jupiter.api.Test;

class URLTest {

    @Test
    void parsesEveryPart() {
        URL url = URL.parse("postgresql+pgjdbc://scott:tiger@db.example.com:5433/test?sslmode=disable&ApplicationName=x");
        assertThat(url.drivername()).isEqualTo("postgresql+pgjdbc");
        assertThat(url.backendName()).isEqualTo("postgresql");
        assertThat(url.driverName()).isEqualTo("pgjdbc");
        assertThat(url.username()).isEqualTo("scott");
        assertThat(url.password()).isEqualTo("tiger");
        assertThat(url.host()).isEqualTo("db.example.com");
        assertThat(url.port()).isEqualTo(5433);
        assertThat(url.database()).isEqualTo("test");
        assertThat(url.query()).containsExactly(Map.entry("sslmode", "disable"), Map.entry("ApplicationName", "x"));
    }

    @Test
    void masksThePasswordAndRoundTripsEscapes() {
        URL url = URL.create("postgresql", "us@r", "p@ss/w:rd", "localhost", 5432, "db", null);
        assertThat(url.toString()).isEqualTo("postgresql://us%40r:***@localhost:5432/db");
        String full = url.renderAsString(false);
        assertThat(full).isEqualTo("postgresql://us%40r:p%40ss%2Fw%3Ard@localhost:5432/db");
        assertThat(URL.parse(full)).isEqualTo(url);
        assertThat(URL.parse("mysql://u:@h/db").password()).isEmpty();
        assertThat(URL.parse("mysql://u:@h/db").toString()).isEqualTo("mysql://u:***@h/db");
        assertThat(URL.parse("mysql://u:a+b@h/db").password()).isEqualTo("a+b");
    }

    @Test
    void sqliteForms() {
        assertThat(URL.parse("sqlite://").database()).isNull();
        assertThat(URL.parse("sqlite:///db.sqlite").database()).isEqualTo("db.sqlite");
        assertThat(URL.parse("sqlite:////tmp/abs.db").database()).isEqualTo("/tmp/abs.db");
        assertThat(URL.parse("sqlite:///:memory:").database()).isEqualTo(":memory:");
        assertThat(URL.parse("sqlite:///db.sqlite").toString()).isEqualTo("sqlite:///db.sqlite");
    }

    @Test
    void ipv6HostsAndJdbcUrls() {
        URL v6 = URL.parse("postgresql://u@[::1]:5432/db");
        assertThat(v6.host()).isEqualTo("::1");
        assertThat(v6.toString()).isEqualTo("postgresql://u@[::1]:5432/db");
        URL jdbc = URL.parse("jdbc:postgresql://localhost/test?user=a&password=secret");
        assertThat(jdbc.backendName()).isEqualTo("postgresql");
        assertThat(jdbc.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/test?user=a&password=secret");
        assertThat(jdbc.toString()).doesNotContain("secret");
    }

    @Test
    void builtFromPartsAsTheSeedDoesWithADict() {
        Map<String, String> q = new LinkedHashMap<>();
        URL url = URL.create("postgres", "postgres", "postgres", "192.168.99.100", 5432, null, q);
        assertThat(url.toString()).isEqualTo("postgres://postgres:***@192.168.99.100:5432");
        assertThat(url.withDatabase("test").withPort(5433).toString()).isEqualTo("postgres://postgres:***@192.168.99.100:5433/test");
    }

    @Test
    void malformedUrlsNameTheWrongPart() {
        assertThatThrownBy(() -> URL.parse("postgresql://h:notaport/db")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("port").hasMessageContaining("notaport");
        assertThatThrownBy(() -> URL.parse("not a url")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Could not parse");
        assertThatThrownBy(() -> URL.parse("")).isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> URL.parse("postgresql://u:secretpw@h:x/db")).hasMessageNotContaining("secretpw");
        assertThatThrownBy(() -> URL.create("postgresql", null, null, "h", 70000, null, null))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("65535");
    }

    @Test
    void unknownDialectsListTheKnownOnes() {
        assertThatThrownBy(() -> Jalchemy.createEngine("oracle://scott@host/db"))
                .isInstanceOf(NoSuchModuleError.class).hasMessageContaining("oracle")
                .hasMessageContaining("postgresql").hasMessageContaining("sqlite").hasMessageContaining("mariadb");
    }

    @Test
    void urlOptionsGoThroughAnAllowList() {
        assertThatThrownBy(() -> Jalchemy.createEngine("postgresql://u@h/db?socketFactory=evil.Factory"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("socketFactory");
        assertThatThrownBy(() -> Jalchemy.createEngine("postgresql://u@h/db",
                EngineOptions.builder().connectArg("preferQueryMode", "simple").build()))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("preferQueryMode");
        assertThatThrownBy(() -> Jalchemy.createEngine("mariadb://u@h/db",
                EngineOptions.builder().connectArg("allowLocalInfile", "true").build()))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("allowLocalInfile");
        Engine ok = Jalchemy.createEngine("postgres://postgres@127.0.0.1:5432/test?sslmode=disable");
        assertThat(ok.dialect().name()).isEqualTo("postgresql");
        assertThat(ok.url().toString()).isEqualTo("postgres://postgres@127.0.0.1:5432/test?sslmode=disable");
    }
}
