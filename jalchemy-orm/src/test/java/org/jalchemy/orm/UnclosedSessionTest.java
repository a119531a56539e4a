package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.ref.WeakReference;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.model.User;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.testing.DatabaseTest;

class UnclosedSessionTest {
    @DatabaseTest
    void aSessionNeverClosedIsCollectedAndItsObjectsDetach(Engine engine) throws Exception {
        SessionMaker maker = SessionTest.setUp(engine);
        User ed = new User("ed", "Ed", null);
        WeakReference<Session> ref = openAddCommitAndForget(maker, ed);
        for (int i = 0; i < 100 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(ref.get()).as("session reachable only through its objects' states").isNull();
        assertThat(Orm.inspect(ed).status()).isEqualTo(InstanceState.Status.DETACHED);
        assertThatThrownBy(ed::getName).isInstanceOf(DetachedInstanceError.class);
    }

    private static WeakReference<Session> openAddCommitAndForget(SessionMaker maker, User ed) {
        Session session = maker.get();
        session.add(ed);
        session.commit();
        return new WeakReference<>(session);
    }
}
