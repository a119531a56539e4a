package org.jalchemy.orm.enhanced;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.event.EngineListener;
import org.jalchemy.orm.Orm;
import org.jalchemy.orm.Query;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.enhanced.EnhancedModels.Author;
import org.jalchemy.orm.enhanced.EnhancedModels.Book;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Objects of an enhanced class with private mapped fields keep no snapshot when loaded: the first write (a setter,
 * or the ORM itself writing a field) takes it while the fields still hold what was loaded. Every way a loaded
 * object changes must still reach the database exactly once, and nothing unchanged may be sent.
 */
class DeferredSnapshotTest {
    /** Loads two authors with a book each; returns the ids {ann, bob, annsBook}. */
    private static int[] seed(SessionMaker maker) {
        try (Session s = maker.get()) {
            Author ann = new Author("ann");
            Author bob = new Author("bob");
            ann.getBooks().add(new Book("first"));
            s.addAll(List.of(ann, bob));
            s.commit();
            return new int[] {ann.getId(), bob.getId(), ann.getBooks().get(0).getId()};
        }
    }

    /** The UPDATE statements {@code engine} runs from now on, each with its parameters. */
    static List<String> updates(Engine engine) {
        List<String> sql = new ArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void beforeExecute(Connection c, String statement, List<?> parameters, boolean many) {
                if (statement.startsWith("UPDATE")) {
                    sql.add(statement + " " + parameters);
                }
            }
        });
        return sql;
    }

    private static List<Author> authors(Session s) {
        return s.query(Author.class).orderBy(EnhancedModels.REGISTRY.mapper(Author.class).column("id")).all();
    }

    @Test
    void onlyEnhancedClassesWithPrivateMappedFieldsDefer() {
        assertThat(EnhancedModels.REGISTRY.mapper(Author.class).defersSnapshots()).isTrue();
        assertThat(EnhancedModels.REGISTRY.mapper(Book.class).defersSnapshots()).isTrue();
        // package-private fields: code of the same package could write them without a setter
        assertThat(EnhancedCopyTest.REGISTRY.mapper(EnhancedCopyTest.Note.class).defersSnapshots()).isFalse();
        // not enhanced
        assertThat(org.jalchemy.orm.model.Models.REGISTRY.mapper(org.jalchemy.orm.model.User.class).defersSnapshots())
                .isFalse();
    }

    @DatabaseTest
    void aLoadedObjectDefersUntilItsFirstWriteAndOnlyTheWrittenColumnIsSent(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        int[] ids = seed(maker);
        List<String> updates = updates(engine);
        try (Session s = maker.get()) {
            List<Author> all = authors(s);
            InstanceState ann = Orm.inspect(all.get(0));
            assertThat(ann.isSnapshotDeferred()).isTrue();
            assertThat(ann.isModified()).isFalse();
            s.flush();
            assertThat(updates).isEmpty();
            // asking which objects changed must not copy every object's values to find out
            assertThat(s.dirty()).isEmpty();
            assertThat(Orm.inspect(all.get(1)).isSnapshotDeferred()).isTrue();
            all.get(0).setName("anne");
            assertThat(s.dirty()).containsExactly(all.get(0));
            assertThat(ann.isSnapshotDeferred()).isFalse();
            assertThat(ann.committed(1)).isEqualTo("ann");
            assertThat(Orm.inspect(all.get(1)).isSnapshotDeferred()).isTrue();
            s.commit();
        }
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).contains("enh_author").contains("anne").doesNotContain("bob");
        try (Session s = maker.get()) {
            assertThat(authors(s)).extracting(Author::getName).containsExactly("anne", "bob");
            assertThat(s.get(Author.class, ids[0]).getName()).isEqualTo("anne");
        }
    }

    @DatabaseTest
    void writingTheLoadedValueBackSendsNothingAndARollbackRestoresTheRow(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        seed(maker);
        List<String> updates = updates(engine);
        try (Session s = maker.get()) {
            Author ann = authors(s).get(0);
            ann.setName("ann");
            s.flush();
            assertThat(updates).isEmpty();
            ann.setName("temporary");
            s.flush();
            assertThat(updates).hasSize(1);
            s.rollback();
            // expired by the rollback: reloads what the database holds
            assertThat(ann.getName()).isEqualTo("ann");
            ann.setName("after rollback");
            s.commit();
        }
        try (Session s = maker.get()) {
            assertThat(authors(s)).extracting(Author::getName).containsExactly("after rollback", "bob");
        }
    }

    @DatabaseTest
    void aManyToOneChangedOnALoadedBookMovesItsForeignKey(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        int[] ids = seed(maker);
        try (Session s = maker.get()) {
            Book book = s.get(Book.class, ids[2]);
            assertThat(Orm.inspect(book).isSnapshotDeferred()).isTrue();
            // the unit of work writes authorId itself (not through a setter) when it syncs the relationship
            book.setAuthor(s.get(Author.class, ids[1]));
            s.commit();
        }
        try (Session s = maker.get()) {
            Book book = s.get(Book.class, ids[2]);
            assertThat(book.getAuthorId()).isEqualTo(ids[1]);
            assertThat(book.getAuthor().getName()).isEqualTo("bob");
            assertThat(s.get(Author.class, ids[0]).getBooks()).isEmpty();
        }
    }

    @DatabaseTest
    void aMergedDetachedCopyUpdatesALoadedObject(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        int[] ids = seed(maker);
        Author copy;
        try (Session s = maker.get()) {
            copy = s.get(Author.class, ids[1]);
            copy.getName();
        }
        copy.setName("robert");
        List<String> updates = updates(engine);
        try (Session s = maker.get()) {
            Author loaded = s.get(Author.class, ids[1]);
            assertThat(Orm.inspect(loaded).isSnapshotDeferred()).isTrue();
            Author merged = s.merge(copy);
            assertThat(merged).isSameAs(loaded);
            assertThat(loaded.getName()).isEqualTo("robert");
            s.commit();
        }
        assertThat(updates).hasSize(1);
        try (Session s = maker.get()) {
            assertThat(s.get(Author.class, ids[1]).getName()).isEqualTo("robert");
        }
    }

    @DatabaseTest
    void aDeferredObjectWrittenWhileDetachedIsUpdatedWhenAddedBack(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        int[] ids = seed(maker);
        Author bob;
        try (Session s = maker.get()) {
            bob = s.get(Author.class, ids[1]);
            assertThat(Orm.inspect(bob).isSnapshotDeferred()).isTrue();
            s.expunge(bob);
        }
        bob.setName("robert");
        assertThat(Orm.inspect(bob).committed(1)).isEqualTo("bob");
        try (Session s = maker.get()) {
            s.add(bob);
            assertThat(s.dirty()).containsExactly(bob);
            s.commit();
        }
        try (Session s = maker.get()) {
            assertThat(s.get(Author.class, ids[1]).getName()).isEqualTo("robert");
        }
    }

    @DatabaseTest
    void aBulkUpdateSynchronizedIntoLoadedObjectsIsNotSentAgain(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        seed(maker);
        List<String> updates = updates(engine);
        try (Session s = maker.get()) {
            List<Author> all = authors(s);
            long n = s.query(Author.class).filterBy("name", "bob").update(Map.of("name", "bobby"),
                    Query.SynchronizeSession.EVALUATE);
            assertThat(n).isEqualTo(1);
            assertThat(all.get(1).getName()).isEqualTo("bobby");
            // the synchronization touched only the matching object
            assertThat(Orm.inspect(all.get(0)).isSnapshotDeferred()).isTrue();
            s.commit();
        }
        // the bulk UPDATE only: the synchronized object is not flushed as changed
        assertThat(updates).hasSize(1);
        try (Session s = maker.get()) {
            assertThat(authors(s)).extracting(Author::getName).containsExactly("ann", "bobby");
        }
    }

    @DatabaseTest
    void expiringOneAttributeOfADeferredObjectReloadsItAndKeepsTheOthers(Engine engine) {
        SessionMaker maker = EnhancedSessionTest.setUp(engine);
        int[] ids = seed(maker);
        try (Session s = maker.get()) {
            Author ann = s.get(Author.class, ids[0]);
            // changed behind the ORM's back, in the session's own transaction
            s.execute(org.jalchemy.Jalchemy.text("UPDATE enh_author SET name = 'changed elsewhere' WHERE id = :id"),
                    Map.of("id", ids[0]));
            assertThat(Orm.inspect(ann).isSnapshotDeferred()).isTrue();
            s.expire(ann, "name");
            assertThat(Orm.inspect(ann).isExpired(1)).isTrue();
            assertThat(Orm.inspect(ann).committed(0)).isEqualTo(ids[0]);
            assertThat(ann.getName()).isEqualTo("changed elsewhere");
            s.commit();
        }
    }
}
