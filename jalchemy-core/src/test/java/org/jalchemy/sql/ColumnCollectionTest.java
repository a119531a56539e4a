package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.types.SqlTypes.INTEGER;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.junit.jupiter.api.Test;

/** {@code table.c(key)}: the declared column for the declared key string and for an equal one; clear errors otherwise. */
class ColumnCollectionTest {
    private static final int COLUMNS = 20;

    private static Table wide() {
        List<Column<?>> columns = new ArrayList<>();
        for (int i = 0; i < COLUMNS; i++) {
            columns.add(Column.of("c" + i, INTEGER));
        }
        return new Table("wide", new MetaData(), columns.toArray(new Column<?>[0]));
    }

    @Test
    void everyColumnIsFoundByItsDeclaredKeyAndByAnEqualString() {
        Table wide = wide();
        List<ColumnClause<?>> inOrder = wide.columns().list();
        for (int i = 0; i < COLUMNS; i++) {
            ColumnClause<?> expected = inOrder.get(i);
            assertThat(expected.key()).isEqualTo("c" + i);
            // the declared string itself, as a key written in the code is
            assertThat(wide.columns().get(expected.key())).isSameAs(expected);
            // an equal string that is another object, as a key read from a file or built at run time is
            String built = new StringBuilder("c").append(i).toString();
            assertThat(built).isNotSameAs(expected.key());
            assertThat(wide.c(built)).isSameAs(expected);
        }
    }

    @Test
    void literalKeysFindTheirColumns() {
        Table t = new Table("t", new MetaData(), Column.of("id", INTEGER), Column.of("name", INTEGER),
                Column.of("description", INTEGER));
        assertThat(t.c("description").name()).isEqualTo("description");
        assertThat(t.c("name").name()).isEqualTo("name");
        assertThat(t.c("id").name()).isEqualTo("id");
    }

    @Test
    void anUnknownKeyNamesTheTableAndItsColumns() {
        Table t = new Table("t", new MetaData(), Column.of("id", INTEGER), Column.of("name", INTEGER));
        assertThatThrownBy(() -> t.c("nope")).isInstanceOf(ArgumentError.class)
                .hasMessage("Table 't' has no column 'nope'; its columns are [id, name]");
    }

    @Test
    void aDuplicateKeyIsRejected() {
        assertThatThrownBy(() -> new Table("t", new MetaData(), Column.of("id", INTEGER), Column.of("id", INTEGER)))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Duplicate column 'id'");
    }
}
