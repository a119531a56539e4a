package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.column;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import java.util.Map;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.types.SqlTypes;
import org.junit.jupiter.api.Test;

/** {@code text()} without a database: its cache key, its parse (made on first use) and binding a new clause. */
class TextClauseTest {
    private static final String BY_ID = "SELECT id, name FROM users WHERE id = :id";
    private final Dialect sqlite = Dialects.named("sqlite");
    private final Table users = new Table("users", new MetaData(), Column.of("id", SqlTypes.INTEGER).primaryKey(),
            Column.of("name", SqlTypes.string(20)));

    @Test
    void theKeyIsTheTextTheBindTypesAndTheResultColumnsButNotTheValues() {
        assertThat(text(BY_ID).cacheKey()).isEqualTo(text(new String(BY_ID)).cacheKey())
                .hasSameHashCodeAs(text(BY_ID).cacheKey())
                .isEqualTo(text(BY_ID).bindparam("id", 5).cacheKey())
                .isNotEqualTo(text(BY_ID + " ").cacheKey())
                .isNotEqualTo(text(BY_ID).bindparamType("id", SqlTypes.INTEGER).cacheKey())
                .isNotEqualTo(text(BY_ID).columns(users.c("id"), users.c("name")).cacheKey());
        assertThat(text(BY_ID).columns(users.c("id"), users.c("name")).cacheKey())
                .isEqualTo(text(BY_ID).columns(users.c("id"), users.c("name")).cacheKey())
                .isNotEqualTo(text(BY_ID).columns(users.c("name"), users.c("id")).cacheKey())
                .isNotEqualTo(text(BY_ID).columns(column("id", SqlTypes.STRING), users.c("name")).cacheKey());
        assertThat(text(BY_ID).bindparamType("id", SqlTypes.INTEGER).cacheKey())
                .isNotEqualTo(text(BY_ID).bindparamType("id", SqlTypes.STRING).cacheKey());
    }

    @Test
    void aClauseBuiltAnewBindsItsOwnValuesThroughTheCompiledFormOfAnother() {
        Compiled compiled = text(BY_ID).compile(sqlite);
        assertThat(compiled.bind(text(BY_ID), Map.of("id", 7)).parameterList()).containsExactly(7);
        // a value attached to the new clause is read from it, not from the clause that was compiled
        assertThat(compiled.bind(text(BY_ID).bindparam("id", 8), Map.of()).parameterList()).containsExactly(8);
        assertThat(compiled.bind(text(BY_ID).bindparam("id", 8), Map.of("id", 9)).parameterList()).containsExactly(9);
        assertThatThrownBy(() -> compiled.bind(text(BY_ID), Map.of()))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("'id'");
    }

    @Test
    void theParseMadeOnFirstUseFindsTheBindsOutsideQuotesAndCasts() {
        TextClause t = text("SELECT ':no', x::text, a\\:b FROM t WHERE a = :a AND b IN (:bs) AND c = :a");
        assertThat(t.bindNames()).containsExactly("a", "bs", "a");
        assertThat(t.fragments()).hasSize(4);
        assertThat(t.compile(sqlite).sql()).isEqualTo("SELECT ':no', x::text, a:b FROM t WHERE a = ? AND b IN (?) AND c = ?");
        assertThat(t.bindParameter("bs").key()).isEqualTo("bs");
        assertThat(t.bindParameter("nope")).isNull();
        assertThatThrownBy(() -> t.bindparam("nope", 1))
                .isInstanceOf(ArgumentError.class)
                .hasMessage("This text() construct has no bind parameter named 'nope'; its binds are [a, bs, a]");
        assertThat(t.bindparam("bs", List.of(1, 2)).compile(sqlite).bind(t.bindparam("bs", List.of(1, 2)),
                Map.of("a", 0)).sql()).endsWith("b IN (?, ?) AND c = ?");
    }
}
