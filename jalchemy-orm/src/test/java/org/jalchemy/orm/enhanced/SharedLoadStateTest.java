package org.jalchemy.orm.enhanced;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.text;

import java.util.List;
import java.util.Map;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.Orm;
import org.jalchemy.orm.Query;
import org.jalchemy.orm.Registry;
import org.jalchemy.orm.Session;
import org.jalchemy.orm.SessionMaker;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.MappedColumn;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.state.EnhancedEntity;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.SharedLoadState;
import org.jalchemy.orm.state.StateRegistry;
import org.jalchemy.testing.DatabaseTest;

/**
 * Objects a query loads of an enhanced class with private fields and no relationships share one state until
 * something needs one of their own: every session behaviour must look the same as with a state per object.
 */
class SharedLoadStateTest {
    @Entity("enh_tag")
    public static class Tag implements Cloneable {
        @Id
        private Integer id;
        @MappedColumn(length = 50)
        private String label;
        @MappedColumn
        private Integer uses;

        public Tag() {
        }

        Tag(String label, int uses) {
            this.label = label;
            this.uses = uses;
        }

        public Integer getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Integer getUses() {
            return uses;
        }

        /** {@code Object.clone()}: copies every field, the state field too. */
        Tag copy() {
            try {
                return (Tag) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Mapped imperatively onto a NUMERIC key, which reads as BigDecimal: the field converts it to Long. */
    @Entity("enh_num")
    public static class Num {
        private Long id;
        private String label;

        public Num() {
        }

        public Long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

    @Entity("enh_counted")
    public static class Counted {
        @Id
        private Integer id;
        @MappedColumn(length = 50)
        private String label;
        @org.jalchemy.orm.mapping.Version
        private Integer version;

        public Counted() {
        }

        Counted(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public Integer getVersion() {
            return version;
        }
    }

    static final Registry REGISTRY = new Registry().mapAll(Tag.class, Counted.class);
    static final Registry NUMS = new Registry();
    static final org.jalchemy.schema.Table NUM_TABLE = new org.jalchemy.schema.Table("enh_num", NUMS.metadata(),
            org.jalchemy.schema.Column.of("id", org.jalchemy.types.SqlTypes.numeric(10, 0)).primaryKey(),
            org.jalchemy.schema.Column.of("label", org.jalchemy.types.SqlTypes.string(50)));

    static {
        NUMS.mapImperatively(Num.class, NUM_TABLE);
    }

    private static SessionMaker seed(Engine engine) {
        REGISTRY.createAll(engine);
        SessionMaker maker = new SessionMaker().configure(engine);
        try (Session s = maker.get()) {
            s.addAll(List.of(new Tag("a", 1), new Tag("b", 2), new Tag("c", 3)));
            s.commit();
        }
        return maker;
    }

    private static List<Tag> all(Session s) {
        return s.query(Tag.class).orderBy(REGISTRY.mapper(Tag.class).column("id")).all();
    }

    private static Object held(Object obj) {
        return ((EnhancedEntity) obj).$jalchemy$state();
    }

    private static void setLabelBehindTheSession(Engine engine, int id, String label) {
        engine.begin(c -> c.execute(text("UPDATE enh_tag SET label = :l WHERE id = :i"), Map.of("l", label, "i", id)));
    }

    @DatabaseTest
    void loadedObjectsShareOneStateUntilOneIsNeeded(Engine engine) {
        SessionMaker maker = seed(engine);
        try (Session s = maker.get()) {
            List<Tag> tags = all(s);
            assertThat(tags).extracting(Tag::getLabel).containsExactly("a", "b", "c");
            assertThat(held(tags.get(0))).isInstanceOf(SharedLoadState.class).isSameAs(held(tags.get(2)));

            InstanceState first = Orm.inspect(tags.get(0));
            assertThat(first.status()).isEqualTo(InstanceState.Status.PERSISTENT);
            assertThat(first.identity()).isEqualTo(tags.get(0).getId());
            assertThat(first.owner()).isSameAs(s);
            assertThat(first.isSnapshotDeferred()).isTrue();
            assertThat(held(tags.get(0))).isSameAs(first);
            assertThat(held(tags.get(1))).isInstanceOf(SharedLoadState.class);

            // the same rows again: the same objects, still sharing
            assertThat(all(s)).containsExactlyElementsOf(tags);
            assertThat(held(tags.get(1))).isInstanceOf(SharedLoadState.class);
            assertThat(s.get(Tag.class, tags.get(1).getId())).isSameAs(tags.get(1));
        }
    }

    @DatabaseTest
    void aWriteThroughASetterIsFlushedAndNothingElse(Engine engine) {
        SessionMaker maker = seed(engine);
        List<String> updates = DeferredSnapshotTest.updates(engine);
        int id;
        try (Session s = maker.get()) {
            Tag b = all(s).get(1);
            id = b.getId();
            b.setLabel("bee");
            assertThat(held(b)).isInstanceOf(InstanceState.class);
            assertThat(s.isModified(b)).isTrue();
            assertThat(s.dirty()).containsExactly(b);
            s.commit();
        }
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0)).contains("label").doesNotContain("uses");
        try (Session s = maker.get()) {
            assertThat(s.get(Tag.class, id).getLabel()).isEqualTo("bee");
        }
    }

    @DatabaseTest
    void commitExpiresSharedObjectsAndAGetterReloads(Engine engine) {
        SessionMaker maker = seed(engine);
        try (Session s = maker.get()) {
            Tag a = all(s).get(0);
            int id = a.getId();
            s.commit();
            setLabelBehindTheSession(engine, id, "changed");
            assertThat(a.getLabel()).isEqualTo("changed");
        }
    }

    @DatabaseTest
    void afterCommitTheSameQueryRefreshesTheObjects(Engine engine) {
        SessionMaker maker = seed(engine);
        try (Session s = maker.get()) {
            Tag a = all(s).get(0);
            int id = a.getId();
            s.commit();
            setLabelBehindTheSession(engine, id, "fresh");
            assertThat(all(s).get(0)).isSameAs(a);
            assertThat(Orm.inspect(a).hasExpired()).isFalse();
            assertThat(a.getLabel()).isEqualTo("fresh");
        }
    }

    @DatabaseTest
    void closeDetachesAndAnExpiredAttributeCannotLoad(Engine engine) {
        SessionMaker maker = seed(engine);
        Tag a;
        Tag b;
        try (Session s = maker.get()) {
            List<Tag> tags = all(s);
            a = tags.get(0);
            b = tags.get(1);
        }
        // loaded values stay readable after close
        assertThat(a.getLabel()).isEqualTo("a");
        assertThat(Orm.inspect(a).status()).isEqualTo(InstanceState.Status.DETACHED);

        try (Session s = maker.get()) {
            b = all(s).get(1);
            s.commit();
        }
        Tag expired = b;
        assertThatThrownBy(expired::getLabel).isInstanceOf(DetachedInstanceError.class);
    }

    @DatabaseTest
    void aCloneOfASharedObjectIsANewTransientObject(Engine engine) {
        SessionMaker maker = seed(engine);
        try (Session s = maker.get()) {
            Tag a = all(s).get(0);
            Tag copy = a.copy();
            assertThat(held(copy)).isInstanceOf(SharedLoadState.class);
            assertThat(StateRegistry.lookup(copy)).isNull();
            assertThat(held(copy)).isNull();
            assertThat(Orm.inspect(copy).status()).isEqualTo(InstanceState.Status.TRANSIENT);
            assertThat(Orm.inspect(a).status()).isEqualTo(InstanceState.Status.PERSISTENT);
        }
    }

    /** The row's key and the field's differ in type: the object must keep the identity it is filed under. */
    @DatabaseTest
    void aKeyFieldThatConvertsTheRowsValueStillFlushesWrites(Engine engine) {
        NUMS.metadata().createAll(engine);
        engine.begin(c -> c.execute(text("INSERT INTO enh_num (id, label) VALUES (1, 'a'), (2, 'b')")));
        SessionMaker maker = new SessionMaker().configure(engine);
        try (Session s = maker.get()) {
            List<Num> nums = s.query(Num.class).orderBy(NUM_TABLE.c("id")).all();
            Num a = nums.get(0);
            a.setLabel("changed");
            assertThat(Orm.inspect(a).status()).isEqualTo(InstanceState.Status.PERSISTENT);
            assertThat(s.dirty()).containsExactly(a);
            s.commit();
        }
        try (Session s = maker.get()) {
            assertThat(s.query(Num.class).orderBy(NUM_TABLE.c("id")).all()).extracting(Num::getLabel)
                    .containsExactly("changed", "b");
        }
    }

    /** Passes over the session that concern other mappers, or look for changes, leave shared objects shared. */
    @DatabaseTest
    void commitDirtyAndGetLeaveSharedObjectsShared(Engine engine) {
        SessionMaker maker = seed(engine);
        EnhancedModels.REGISTRY.createAll(engine);
        try (Session s = maker.get()) {
            s.add(new EnhancedModels.Author("ann"));
            s.flush();
            List<Tag> tags = all(s);
            assertThat(s.dirty()).isEmpty();
            assertThat(s.get(Tag.class, tags.get(1).getId())).isSameAs(tags.get(1));
            // expire-all empties the relationship fields of the author: a pass over that mapper's objects only
            s.commit();
            assertThat(tags).allSatisfy(t -> assertThat(held(t)).isInstanceOf(SharedLoadState.class));
        }
    }

    @DatabaseTest
    void aVersionCounterOfASharedObjectIsCheckedAndAdvanced(Engine engine) {
        REGISTRY.createAll(engine);
        SessionMaker maker = new SessionMaker().configure(engine);
        try (Session s = maker.get()) {
            s.addAll(List.of(new Counted("a"), new Counted("b")));
            s.commit();
        }
        try (Session s = maker.get()) {
            List<Counted> rows = s.query(Counted.class).orderBy(REGISTRY.mapper(Counted.class).column("id")).all();
            assertThat(held(rows.get(0))).isInstanceOf(SharedLoadState.class);
            rows.get(0).setLabel("A");
            s.delete(rows.get(1));
            s.commit();
            assertThat(rows.get(0).getVersion()).isEqualTo(2);
        }
        try (Session s = maker.get()) {
            Counted a = s.query(Counted.class).one();
            // behind the ORM's back, in the session's own transaction
            s.execute(text("UPDATE enh_counted SET version = version + 1"));
            a.setLabel("stale");
            assertThatThrownBy(s::commit).isInstanceOf(org.jalchemy.orm.exc.StaleDataError.class);
        }
    }

    @DatabaseTest
    void deleteExpungeAndBulkUpdatesSeeSharedObjects(Engine engine) {
        SessionMaker maker = seed(engine);
        try (Session s = maker.get()) {
            List<Tag> tags = all(s);
            s.delete(tags.get(0));
            s.expunge(tags.get(1));
            assertThat(Orm.inspect(tags.get(1)).status()).isEqualTo(InstanceState.Status.DETACHED);
            long n = s.query(Tag.class).filterBy("label", "c").update(Map.of("uses", 30),
                    Query.SynchronizeSession.EVALUATE);
            assertThat(n).isEqualTo(1);
            assertThat(tags.get(2).getUses()).isEqualTo(30);
            s.commit();
        }
        try (Session s = maker.get()) {
            assertThat(all(s)).extracting(Tag::getLabel, Tag::getUses)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("b", 2), org.assertj.core.groups.Tuple.tuple("c", 30));
        }
    }
}
