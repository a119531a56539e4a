package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;

import org.jalchemy.engine.Engine;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.testing.DatabaseTest;

/**
 * Rollback paths ({@code Session.undoSince}): an object inserted and then deleted by flushes of the same
 * transaction is in both undo lists. The inserted list is undone first and drops the object's state from the
 * registry; the deleted list then looks that state up again to re-attach it and gets null (an NPE), leaving the
 * in-memory undo half done. (Not introduced by c36de00..794bc58: undoSince had this order before.) SQLAlchemy
 * makes such an object transient again on rollback.
 */
class UndoSinceTest {
    @DatabaseTest
    void rollbackAfterInsertingAndDeletingTheSameObject(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User kept = new User("kept", "Kept", null);
            session.add(kept);
            session.commit();
            User brief = new User("brief", "Inserted then deleted", null);
            session.add(brief);
            session.flush();
            session.delete(brief);
            session.flush();
            session.rollback();
            assertThat(session.contains(brief)).isFalse();
            assertThat(Orm.inspect(brief).status()).isEqualTo(Status.TRANSIENT);
            assertThat(kept.getName()).isEqualTo("kept");
        }
    }

    @DatabaseTest
    void savepointRollbackAfterInsertingAndDeletingTheSameObject(Engine engine) {
        SessionMaker maker = SessionTest.setUp(engine);
        try (Session session = maker.get()) {
            User kept = new User("kept", "Kept", null);
            session.add(kept);
            session.flush();
            SessionSavepoint sp = session.beginNested();
            User brief = new User("brief", "Inserted then deleted", null);
            session.add(brief);
            session.flush();
            session.delete(brief);
            session.flush();
            sp.rollback();
            assertThat(session.contains(brief)).isFalse();
            session.commit();
            assertThat(session.query(User.class).count()).isEqualTo(1);
        }
    }
}
