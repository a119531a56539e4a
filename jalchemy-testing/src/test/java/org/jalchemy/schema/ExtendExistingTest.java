package org.jalchemy.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.string;

import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.testing.DatabaseTest;

class ExtendExistingTest {

    @DatabaseTest
    void aTableIsRedefinedOnlyWhenAskedToExtend(Engine engine) {
        MetaData m = new MetaData();
        Table first = new Table("t", m, Column.of("id", INTEGER).primaryKey(), Column.of("a", string(5)));
        var oldSelect = select(first.c("id"));
        assertThatThrownBy(() -> new Table("t", m, Column.of("b", INTEGER)))
                .isInstanceOf(InvalidRequestError.class).hasMessageContaining("already defined");

        Table extended = Table.extendExisting("t", m, Column.of("a", string(20)), Column.of("b", INTEGER),
                new Index("ix_t_b", "b"));
        assertThat(m.table("t")).isSameAs(extended);
        assertThat(extended.columns().keys()).containsExactly("id", "a", "b");
        assertThat(extended.c("a").type()).isEqualTo(string(20));
        assertThat(extended.primaryKeyColumns()).extracting(Column::name).containsExactly("id");
        assertThat(first.columns().keys()).as("the old table is unchanged").containsExactly("id", "a");

        assertThatThrownBy(() -> Table.extendExisting("t", m, new UniqueConstraint("nope")))
                .isInstanceOf(ArgumentError.class);
        assertThatThrownBy(() -> Table.extendExisting("t", m, new Index("ix_bad", "nope")))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("ix_bad").hasMessageContaining("'nope'");
        assertThat(m.table("t")).as("a failed redefinition keeps the table as it was").isSameAs(extended);

        m.createAll(engine);
        try (Connection conn = engine.connect()) {
            conn.execute(extended.insert().values(Map.of("id", 1, "a", "twelve chars", "b", 7)));
            assertThat(conn.execute(select(extended.c("b"))).scalar(Integer.class)).isEqualTo(7);
            assertThat(conn.execute(oldSelect).scalar(Integer.class)).isEqualTo(1);
        }
    }
}
