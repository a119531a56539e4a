package org.jalchemy.orm.enhanced;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Orm;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.enhance.EntityEnhancer;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.testing.DatabaseTest;

/**
 * "Behaviour is the same with or without" the build plugin (README, EntityEnhancer): but the state field is
 * copied by {@code Object.clone()}, so a copy of an enhanced persistent object shares the original's
 * {@code InstanceState}. The copy then reads as persistent in the original's session, {@code add(copy)} is a
 * no-op and the "duplicate this row" insert is silently lost. An unenhanced class (state in the weak identity
 * map) gives the copy no state, and the same steps insert a second row.
 */
class EnhancedCopyTest {
    @Entity("enh_note")
    public static class Note implements Cloneable {
        @Id
        Integer id;
        @MappedColumn(length = 50)
        String text;

        public Note() {
        }

        Note(String text) {
            this.text = text;
        }

        public String getText() {
            return text;
        }

        /** A new, unsaved copy of this note: the same values, no key. */
        Note duplicate() {
            try {
                Note copy = (Note) super.clone();
                copy.id = null;
                return copy;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    static final Registry REGISTRY = new Registry().mapAll(Note.class);

    @DatabaseTest
    void aCloneOfAnEnhancedPersistentObjectIsANewTransientObject(Engine engine) {
        REGISTRY.createAll(engine);
        assertThat(EntityEnhancer.isEnhanced(Note.class)).isTrue();
        try (Session session = new Session(engine)) {
            Note original = new Note("first");
            session.add(original);
            session.commit();
            assertThat(original.getText()).isEqualTo("first");
            Note copy = original.duplicate();
            assertThat(Orm.inspect(copy)).isNotSameAs(Orm.inspect(original));
            assertThat(Orm.inspect(copy).status()).isEqualTo(Status.TRANSIENT);
            assertThat(session.contains(copy)).isFalse();
            session.add(copy);
            assertThat(session.newObjects()).containsExactly(copy);
            session.commit();
            assertThat(session.query(Note.class).count()).isEqualTo(2);
        }
    }
}
