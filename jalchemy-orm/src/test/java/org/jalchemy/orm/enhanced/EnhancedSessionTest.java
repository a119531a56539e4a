package org.jalchemy.orm.enhanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Orm;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.enhance.EntityEnhancer;
import org.jalchemy.orm.enhanced.EnhancedModels.Author;
import org.jalchemy.orm.enhanced.EnhancedModels.Book;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.state.EnhancedEntity;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.orm.state.StateRegistry;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;
import org.junit.jupiter.api.Test;

/** The session lifecycle on classes enhanced at build time: their state lives in a field, not the weak map. */
class EnhancedSessionTest {
    static SessionMaker setUp(Engine engine) {
        EnhancedModels.REGISTRY.createAll(engine);
        return new SessionMaker().configure(engine);
    }

    @Test
    void theBuildEnhancedTheseEntitiesAndNoOthers() {
        assertThat(EntityEnhancer.isEnhanced(Author.class)).isTrue();
        assertThat(EntityEnhancer.isEnhanced(Book.class)).isTrue();
        assertThat(EntityEnhancer.isEnhanced(org.jalchemy.orm.model.User.class)).isFalse();
        assertThat(new EntityEnhancer("org.jalchemy.orm.enhanced.").matches(
                net.bytebuddy.description.type.TypeDescription.ForLoadedType.of(org.jalchemy.orm.model.User.class)))
                .isFalse();
        assertThat(new EntityEnhancer().matches(
                net.bytebuddy.description.type.TypeDescription.ForLoadedType.of(org.jalchemy.orm.model.User.class)))
                .isTrue();
        // a mixin superclass is not an entity; nor is a class without @Entity
        assertThat(new EntityEnhancer().matches(
                net.bytebuddy.description.type.TypeDescription.ForLoadedType.of(EnhancedSessionTest.class))).isFalse();
    }

    @DatabaseTest
    void aRoundTripKeepsStateInTheFieldNotTheWeakMap(Engine engine) {
        SessionMaker maker = setUp(engine);
        int before = StateRegistry.size();
        Author ann;
        Integer id;
        try (Session session = maker.get()) {
            ann = new Author("ann");
            ann.getBooks().add(new Book("first"));
            ann.getBooks().add(new Book("second"));
            session.add(ann);
            assertThat(((EnhancedEntity) ann).$jalchemy$state()).isSameAs(Orm.inspect(ann));
            assertThat(Orm.inspect(ann).status()).isEqualTo(Status.PENDING);
            session.commit();
            // expired on commit: the getter reloads through the state in the field
            assertThat(ann.getName()).isEqualTo("ann");
            assertThat(ann.getBooks()).extracting(Book::getTitle).containsExactly("first", "second");
            assertThat(ann.getBooks().get(0).getAuthor()).isSameAs(ann);
            id = ann.getId();
            ann.setName("anne");
            session.commit();
        }
        assertThat(StateRegistry.size()).isEqualTo(before);
        assertThat(Orm.inspect(ann).status()).isEqualTo(Status.DETACHED);
        assertThatThrownBy(ann::getName).isInstanceOf(DetachedInstanceError.class);
        try (Session session = maker.get()) {
            Author loaded = session.get(Author.class, id);
            assertThat(loaded).isNotSameAs(ann);
            assertThat(loaded.getName()).isEqualTo("anne");
            assertThat(session.get(Author.class, loaded.getId())).isSameAs(loaded);
            List<Book> books = session.query(Book.class).all();
            assertThat(books).allSatisfy(b -> assertThat(b.getAuthor()).isSameAs(loaded));
            session.delete(loaded);
            for (Book b : books) {
                session.delete(b);
            }
            session.commit();
            assertThat(session.query(Author.class).count()).isZero();
        }
        assertThat(StateRegistry.size()).isEqualTo(before);
    }

    @DatabaseTest
    void aFailedFlushLeavesTheEnhancedObjectTransient(Engine engine, TestDatabase db) {
        SessionMaker maker = setUp(engine);
        try (Session session = maker.get()) {
            Author nameless = new Author(null); // NOT NULL column
            session.add(nameless);
            assertThatThrownBy(session::commit).isInstanceOf(org.jalchemy.exc.IntegrityError.class);
            session.rollback();
            assertThat(Orm.inspect(nameless).status()).isEqualTo(Status.TRANSIENT);
            assertThat(session.query(Author.class).count()).isZero();
        }
    }
}
