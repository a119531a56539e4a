package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.func;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jalchemy.engine.Engine;
import org.jalchemy.event.EngineListener;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.orm.exc.DetachedInstanceError;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.orm.rel.RelModels;
import org.jalchemy.orm.rel.RelModels.Child;
import org.jalchemy.orm.rel.RelModels.Course;
import org.jalchemy.orm.rel.RelModels.Node;
import org.jalchemy.orm.rel.RelModels.Parent;
import org.jalchemy.orm.rel.RelModels.RAddress;
import org.jalchemy.orm.rel.RelModels.RPost;
import org.jalchemy.orm.rel.RelModels.RTag;
import org.jalchemy.orm.rel.RelModels.RUser;
import org.jalchemy.orm.rel.RelModels.Student;
import org.jalchemy.testing.DatabaseTest;
import org.jalchemy.testing.TestDatabase;

/** Relationships through a session: cascade, foreign key sync, association rows, lazy loading, joins. */
class RelationshipSessionTest {
    static SessionMaker setUp(Engine engine, TestDatabase db) throws Exception {
        RelModels.REGISTRY.createAll(engine);
        return new SessionMaker().configure(engine);
    }

    static List<String> statements(Engine engine) {
        List<String> sql = new CopyOnWriteArrayList<>();
        engine.listen(new EngineListener() {
            @Override
            public void beforeExecute(org.jalchemy.engine.Connection c, String s, List<?> p, boolean many) {
                sql.add(s);
            }
        });
        return sql;
    }

    @DatabaseTest
    void cascadeAddsChildrenAndSyncsForeignKeysInBatches(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        List<RUser> users = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            RUser u = new RUser("u" + i);
            u.getAddresses().addAll(List.of(new RAddress("a" + i + "@x"), new RAddress("b" + i + "@x")));
            users.add(u);
        }
        List<String> sql = statements(engine);
        try (Session session = maker.get()) {
            session.addAll(users); // addresses come along by save-update cascade
            assertThat(session.newObjects()).hasSize(15);
            session.commit();
        }
        long inserts = sql.stream().filter(s -> s.startsWith("INSERT INTO")).count();
        if (engine.dialect().supportsInsertReturning()) {
            // one multi-row INSERT ... RETURNING per table: batching survives the foreign key sync
            assertThat(inserts).isEqualTo(2);
        }
        try (Session session = maker.get()) {
            List<OrmRow> rows = session.query(RAddress.class, RUser.class).join(RUser.class)
                    .orderBy(RAddress.ID).all();
            assertThat(rows).hasSize(10);
            for (OrmRow r : rows) {
                RAddress a = r.get(0, RAddress.class);
                RUser u = r.get(RUser.class);
                assertThat(a.getEmail()).endsWith(u.getName().substring(1) + "@x");
                assertThat(a.getUserId()).isEqualTo(u.getId());
            }
        }
    }

    @DatabaseTest
    void lazyLoadsOnceAndManyToOneUsesTheIdentityMap(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("ed");
            u.getAddresses().add(new RAddress("ed1@x"));
            u.getAddresses().add(new RAddress("ed2@x"));
            session.add(u);
            session.commit();
        }
        List<String> sql = statements(engine);
        Session session = maker.get();
        RUser ed = session.query(RUser.class).filter(RUser.NAME.eq("ed")).one();
        sql.clear();
        List<RAddress> addresses = ed.getAddresses();
        assertThat(addresses).extracting(RAddress::getEmail).containsExactly("ed1@x", "ed2@x");
        assertThat(sql).hasSize(1);
        assertThat(addresses.get(0).getUser()).isSameAs(ed);
        assertThat(ed.getAddresses()).isSameAs(addresses);
        assertThat(sql).hasSize(1); // the many-to-one came from the identity map

        // appending to a loaded collection of a persistent object: cascade + FK sync as an UPDATE/INSERT
        RAddress third = new RAddress("ed3@x");
        ed.getAddresses().add(third);
        assertThat(session.contains(third)).isTrue();
        session.commit();
        assertThat(third.getUserId()).isEqualTo(ed.getId());
        // expire on commit expired the relationship too; the next read loads it again
        sql.clear();
        assertThat(ed.getAddresses()).hasSize(3);
        assertThat(sql.stream().filter(s -> s.startsWith("SELECT"))).isNotEmpty();

        session.commit(); // expires everything again
        session.close();
        assertThatThrownBy(ed::getAddresses).isInstanceOf(DetachedInstanceError.class)
                .hasMessageContaining("lazy load operation of attribute 'addresses'");
    }

    @DatabaseTest
    void removingAChildNullsItsForeignKey(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        RAddress a;
        try (Session session = maker.get()) {
            RUser u = new RUser("wendy");
            a = new RAddress("w@x");
            u.getAddresses().add(a);
            session.add(u);
            session.commit();
            u.getAddresses().remove(a);
            assertThat(a.getUser()).isNull();
            session.commit();
            assertThat(a.getUserId()).isNull();
            assertThat(session.get(RAddress.class, a.getId())).isSameAs(a); // not deleted
            // many-to-one set directly: the collection follows, the FK is synced at flush
            a.setUser(u);
            session.commit();
            assertThat(a.getUserId()).isEqualTo(u.getId());
            assertThat(u.getAddresses()).containsExactly(a);
            // deleting the parent without delete cascade keeps the child and clears its key
            session.delete(u);
            session.commit();
            assertThat(a.getUserId()).isNull();
        }
    }

    @DatabaseTest
    void deleteOrphanAndDeleteCascade(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            Parent p = new Parent("alice");
            Child c1 = new Child("c1");
            Child c2 = new Child("c2");
            Child c3 = new Child("c3");
            p.getChildren().addAll(List.of(c1, c2, c3));
            session.add(p);
            session.commit();
            p.getChildren().remove(c1);
            session.commit();
            assertThat(session.query(Child.class).count()).isEqualTo(2);
            session.delete(p);
            session.commit();
            assertThat(session.query(Child.class).count()).isZero();
            assertThat(session.query(Parent.class).count()).isZero();
        }
    }

    @DatabaseTest
    void joinOnRelationshipGroupByCount(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            Parent alice = new Parent("Alice");
            Parent bob = new Parent("Bob");
            alice.getChildren().addAll(List.of(new Child("foo"), new Child("bar"), new Child("ker")));
            bob.getChildren().add(new Child("cat"));
            session.addAll(List.of(alice, bob));
            session.commit();
            List<OrmRow> rows = session.query(Parent.NAME, func.count(Child.ID)).join(Parent.CHILDREN)
                    .groupBy(Parent.NAME).orderBy(Parent.NAME).all();
            assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1, Long.class)).containsExactly("Alice 3", "Bob 1");
            List<OrmRow> byName = session.execute(Orm.select(Parent.NAME, func.count(Child.ID)).join("children")
                    .groupBy(Parent.NAME).orderBy(Parent.NAME)).all();
            assertThat(byName).hasSize(2);
            List<OrmRow> twoEntities = session.execute(Orm.select(Child.class, Parent.class).join(Parent.class)
                    .orderBy(Child.ID)).all();
            assertThat(twoEntities).extracting(r -> r.get(Child.class).getParent()).containsExactly(alice, alice, alice, bob);
        }
    }

    @DatabaseTest
    void manyToManyRowsInsertedDeletedAndLoaded(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            List<Node> nodes = List.of(new Node("n0"), new Node("n1"), new Node("n2"));
            nodes.get(0).getFriends().addAll(List.of(nodes.get(1), nodes.get(2)));
            nodes.get(1).getFriends().add(nodes.get(2));
            session.add(nodes.get(0));
            session.commit();
            assertThat(count(session, "rel_link")).isEqualTo(3);
            // a self-referential join needs an alias: a clear error, not SQL naming the table twice
            assertThatThrownBy(() -> session.query(Node.class).join("friends"))
                    .isInstanceOf(org.jalchemy.exc.InvalidRequestError.class).hasMessageContaining("alias");
            session.expungeAll();
            Node n2 = session.query(Node.class).filterBy("label", "n2").one();
            assertThat(n2.getLeft()).extracting(Node::getLabel).containsExactlyInAnyOrder("n0", "n1");
            Node n0 = session.query(Node.class).filterBy("label", "n0").one();
            n0.getFriends().remove(n2);
            session.commit();
            assertThat(count(session, "rel_link")).isEqualTo(2);

            Student s = new Student("ann");
            Course math = new Course("math");
            Course art = new Course("art");
            s.getCourses().add(math);
            s.getCourses().add(art);
            session.add(s);
            session.commit();
            assertThat(count(session, "rel_enrollment")).isEqualTo(2);
            assertThat(math.getStudents()).containsExactly(s);
            session.delete(s); // its association rows go first
            session.commit();
            assertThat(count(session, "rel_enrollment")).isZero();
        }
    }

    @DatabaseTest
    void deletingAParentSkipsItsSavesAndClearsEveryRemainingChild(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("del");
            RAddress a1 = new RAddress("a1@x");
            RAddress a2 = new RAddress("a2@x");
            u.getAddresses().addAll(List.of(a1, a2));
            session.add(u);
            session.commit();
            u.getAddresses().remove(a1); // u is changed, and deleted in the same flush
            session.delete(u);
            session.commit();
            assertThat(session.query(RUser.class).count()).isZero();
            assertThat(session.query(RAddress.class).orderBy(RAddress.ID).all()).extracting(RAddress::getUserId)
                    .containsExactly(null, null);
        }
    }

    @DatabaseTest
    void manyToManyAppendToAnObjectDeletedInTheSameFlushWritesNoRow(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            Student s = new Student("bo");
            Student t = new Student("cy");
            Course math = new Course("math");
            Course art = new Course("art");
            session.addAll(List.of(s, t, math, art));
            session.commit();
            s.getCourses().add(math);
            session.delete(s);
            t.getCourses().add(art);
            session.delete(art);
            session.commit();
            assertThat(count(session, "rel_enrollment")).isZero();
            assertThat(count(session, "rel_student")).isEqualTo(1);
            assertThat(count(session, "rel_course")).isEqualTo(1);
        }
    }

    @DatabaseTest
    void settingAManyToOneLeavesTheUnloadedCollectionToTheDatabase(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        Integer id;
        try (Session session = maker.get()) {
            RUser u = new RUser("lazy");
            u.getAddresses().add(new RAddress("a1@x"));
            session.add(u);
            session.commit();
            id = u.getId();
        }
        try (Session session = maker.get()) {
            RUser u = session.get(RUser.class, id);
            RAddress a2 = new RAddress("a2@x");
            a2.setUser(u); // u.addresses is not loaded: it must not become an empty loaded list
            assertThat(session.contains(a2)).isTrue(); // save-update cascade along the backref
            assertThat(u.getAddresses()).extracting(RAddress::getEmail).containsExactly("a1@x", "a2@x");
            session.commit();

            // the collection is unloaded again (expired on commit); deleting u must still clear every child,
            // including one attached in memory since
            RAddress a3 = new RAddress("a3@x");
            a3.setUser(u);
            session.delete(u);
            session.commit();
            assertThat(session.query(RUser.class).count()).isZero();
            assertThat(session.query(RAddress.class).orderBy(RAddress.ID).all()).extracting(RAddress::getUserId)
                    .containsExactly(null, null, null);
        }
    }

    @DatabaseTest
    void noAutoflushLoadAppliesTheQueuedBackrefChanges(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        Integer id;
        try (Session session = maker.get()) {
            RUser u = new RUser("q");
            u.getAddresses().addAll(List.of(new RAddress("a1@x"), new RAddress("a2@x")));
            session.add(u);
            session.commit();
            id = u.getId();
        }
        try (Session session = maker.get()) {
            RUser u = session.get(RUser.class, id);
            RAddress a1 = session.query(RAddress.class).filter(RAddress.EMAIL.eq("a1@x")).one();
            RAddress a3 = new RAddress("a3@x");
            session.noAutoflush(() -> {
                a1.setUser(null);
                a3.setUser(u);
                assertThat(u.getAddresses()).extracting(RAddress::getEmail).containsExactly("a2@x", "a3@x");
            });
            session.commit();
            assertThat(u.getAddresses()).extracting(RAddress::getEmail).containsExactly("a2@x", "a3@x");
        }
    }

    @DatabaseTest
    void clearingTheParentOfAChildWithAnUnloadedCollectionDeletesTheOrphan(Engine engine, TestDatabase db)
            throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            Parent p = new Parent("p");
            Child c1 = new Child("c1");
            Child c2 = new Child("c2");
            p.getChildren().addAll(List.of(c1, c2));
            session.add(p);
            session.commit(); // both sides unloaded now
            c1.setParent(null);
            session.commit();
            assertThat(session.query(Child.class).all()).extracting(Child::getName).containsExactly("c2");
            assertThat(p.getChildren()).extracting(Child::getName).containsExactly("c2");
        }
    }

    @DatabaseTest
    void sortingALoadedCollectionWritesNoForeignKey(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("sorted");
            u.getAddresses().addAll(List.of(new RAddress("a@x"), new RAddress("b@x")));
            session.add(u);
            session.commit();
            List<String> sql = statements(engine);
            u.getAddresses().sort(java.util.Comparator.comparing(RAddress::getEmail).reversed());
            session.commit();
            assertThat(sql).noneMatch(s -> s.startsWith("UPDATE"));
            assertThat(session.query(RAddress.class).all()).extracting(RAddress::getUserId)
                    .containsOnly(u.getId());
        }
    }

    @DatabaseTest
    void setCollectionKeepsItsItemsWhenFlushChangesTheirHash(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RPost p = new RPost("p");
            RTag t1 = new RTag("a");
            RTag t2 = new RTag("b");
            p.getTags().addAll(List.of(t1, t2));
            session.add(p);
            session.flush(); // ids assigned: the tags' hash codes change
            assertThat(p.getTags()).contains(t1);
            assertThat(p.getTags().remove(t1)).isTrue();
            session.commit();
            assertThat(count(session, "rel_post_tag")).isEqualTo(1);
            assertThat(p.getTags()).extracting(RTag::getName).containsExactly("b");
        }
    }

    @DatabaseTest
    void replacingAnUnloadedCollectionUnlinksItsOldMembers(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("r");
            u.getAddresses().addAll(List.of(new RAddress("a1@x"), new RAddress("a2@x")));
            Student s = new Student("s");
            Course math = new Course("math");
            s.getCourses().add(math);
            session.addAll(List.of(u, s));
            session.commit(); // every collection unloaded
            RAddress a3 = new RAddress("a3@x");
            u.setAddresses(new ArrayList<>(List.of(a3)));
            Course art = new Course("art");
            s.setCourses(new java.util.LinkedHashSet<>(List.of(math, art))); // math's row exists: not inserted again
            session.commit();
            assertThat(count(session, "rel_enrollment")).isEqualTo(2);
            Integer id = u.getId();
            session.expungeAll();
            RUser again = session.get(RUser.class, id);
            assertThat(again.getAddresses()).extracting(RAddress::getEmail).containsExactly("a3@x");
            assertThat(session.query(RAddress.class).all()).filteredOn(a -> a.getUserId() == null).hasSize(2);
        }
    }

    @DatabaseTest
    void appendingToACollectionLeavesTheOtherChildrensDirectForeignKeyWrites(Engine engine, TestDatabase db)
            throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("u");
            RUser other = new RUser("other");
            RAddress a1 = new RAddress("a1@x");
            u.getAddresses().add(a1);
            session.addAll(List.of(u, other));
            session.commit();
            u.getAddresses().add(new RAddress("a3@x"));
            a1.setUserId(other.getId()); // a direct foreign key write: only the appended child is synced
            session.commit();
            assertThat(a1.getUserId()).isEqualTo(other.getId());
            assertThat(u.getAddresses()).extracting(RAddress::getEmail).containsExactly("a3@x");
        }
    }

    @DatabaseTest
    void expiringSomeAttributesKeepsThePendingChangesOfTheOthers(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u = new RUser("before");
            RAddress a = new RAddress("a@x");
            u.getAddresses().add(a);
            session.add(u);
            session.commit();
            u.setName("after");
            session.expire(u, "addresses");
            session.commit();
            assertThat(u.getName()).isEqualTo("after");
            u.setName("later"); // a later write is still registered
            session.commit();
            a.setUserId(null);
            session.expire(a, "email");
            session.commit();
            Integer uid = u.getId();
            Integer aid = a.getId();
            session.expungeAll();
            assertThat(session.get(RUser.class, uid).getName()).isEqualTo("later");
            assertThat(session.get(RAddress.class, aid).getUserId()).isNull();
        }
    }

    @DatabaseTest
    void lazyLoadOfAManyToOneRefreshesAnExpiredForeignKeyFirst(Engine engine, TestDatabase db) throws Exception {
        SessionMaker maker = setUp(engine, db);
        try (Session session = maker.get()) {
            RUser u1 = new RUser("u1");
            RUser u2 = new RUser("u2");
            RAddress a = new RAddress("a@x");
            u1.getAddresses().add(a);
            session.addAll(List.of(u1, u2));
            session.commit();
            assertThat(a.getEmail()).isEqualTo("a@x"); // row loaded; a.user still unloaded
            session.connection().execute(RelModels.REGISTRY.metadata().table("rel_address").update()
                    .values(java.util.Map.of("userId", u2.getId())));
            session.expire(a, "userId"); // the field keeps u1's id until it is loaded again
            assertThat(a.getUser()).isSameAs(u2);
        }
    }

    private static long count(Session session, String table) {
        return ((Number) session.execute(org.jalchemy.Jalchemy.select(func.count())
                .selectFrom(RelModels.REGISTRY.metadata().table(table))).scalarOne()).longValue();
    }

    public static class IUser {
        Integer id;
        String name;
        List<IAddr> addresses;

        public List<IAddr> getAddresses() {
            return addresses;
        }
    }

    public static class IAddr {
        Integer id;
        String email;
        Integer user_id;
        IUser user;

        public IUser getUser() {
            return user;
        }
    }

    static final org.jalchemy.schema.MetaData IMP = new org.jalchemy.schema.MetaData();
    static final Registry IMP_REGISTRY = imperative();

    private static Registry imperative() {
        var t = org.jalchemy.types.SqlTypes.INTEGER;
        var str = org.jalchemy.types.SqlTypes.string(50);
        org.jalchemy.schema.Table user = new org.jalchemy.schema.Table("rel_imp_user", IMP,
                org.jalchemy.schema.Column.of("id", t).primaryKey(), org.jalchemy.schema.Column.of("name", str));
        org.jalchemy.schema.Table addr = new org.jalchemy.schema.Table("rel_imp_addr", IMP,
                org.jalchemy.schema.Column.of("id", t).primaryKey(), org.jalchemy.schema.Column.of("email", str),
                org.jalchemy.schema.Column.of("user_id", t).foreignKey(new org.jalchemy.schema.ForeignKey("rel_imp_user.id")));
        Registry r = new Registry(IMP);
        r.mapImperatively(IUser.class, user, java.util.Map.of("addresses", Orm.relationship(IAddr.class).backref("user")));
        r.mapImperatively(IAddr.class, addr);
        return r;
    }

    @DatabaseTest
    void imperativeMappingWithBackref(Engine engine, TestDatabase db) throws Exception {
        IMP_REGISTRY.createAll(engine);
        try (Session session = new Session(engine)) {
            IUser u = new IUser();
            u.name = "Hello";
            IAddr a = new IAddr();
            a.email = "hello@hello.com";
            u.getAddresses().add(a);
            assertThat(a.getUser()).isSameAs(u);
            session.add(u);
            session.commit();
            session.expungeAll();
            IAddr loaded = session.query(IAddr.class).one();
            assertThat(loaded.user_id).isNotNull();
            IUser owner = loaded.getUser();
            assertThat(owner.name).isEqualTo("Hello");
            assertThat(owner.getAddresses()).containsExactly(loaded);
        }
    }

    @org.jalchemy.orm.mapping.Entity("rel_bad_a")
    public static class BadA {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.Relationship(backref = "owner")
        List<BadB> bs;
    }

    @org.jalchemy.orm.mapping.Entity("rel_bad_b")
    public static class BadB {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.MappedColumn(foreignKey = "rel_bad_a.id")
        Integer aId;
        @org.jalchemy.orm.mapping.MappedColumn(foreignKey = "rel_bad_a.id")
        Integer otherAId;
    }

    @org.jalchemy.orm.mapping.Entity("rel_bad_c")
    public static class BadC {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.Relationship(backref = "owner")
        List<BadD> ds;
    }

    @org.jalchemy.orm.mapping.Entity("rel_bad_d")
    public static class BadD {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.MappedColumn(foreignKey = "rel_bad_c.id")
        Integer cId;
    }

    @org.junit.jupiter.api.Test
    void ambiguousForeignKeysAndMissingBackrefFieldFailAtMapping() {
        assertThatThrownBy(() -> new Registry().mapAll(BadA.class, BadB.class))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("multiple foreign key paths")
                .hasMessageContaining("BadA.bs");
        assertThatThrownBy(() -> new Registry().mapAll(BadC.class, BadD.class))
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("class " + BadD.class.getName() + " has no field 'owner'");
    }

    @org.jalchemy.orm.mapping.Entity("rel_tree")
    public static class TreeNode {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.MappedColumn(foreignKey = "rel_tree.id")
        Integer parentId;
        @org.jalchemy.orm.mapping.Relationship(backref = "parent")
        List<TreeNode> children;
        TreeNode parent;
    }

    @org.jalchemy.orm.mapping.Entity("rel_bk_owner")
    public static class BkOwner {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.Relationship(backref = "owner")
        List<BkItem> items;
    }

    @org.jalchemy.orm.mapping.Entity("rel_bk_item")
    public static class BkItem {
        @org.jalchemy.orm.mapping.Id
        Integer id;
        @org.jalchemy.orm.mapping.MappedColumn(foreignKey = "rel_bk_owner.id")
        Integer ownerId;
        /** Wrong: the backref of a one-to-many is many-to-one, so this must be a BkOwner, not a list. */
        List<BkOwner> owner;
    }

    @org.junit.jupiter.api.Test
    void aBackrefThatFailsToConfigureIsTakenOffItsTargetAgain() {
        Registry r = new Registry();
        assertThatThrownBy(() -> {
            r.mapAll(BkOwner.class, BkItem.class);
            r.configure();
        }).isInstanceOf(ArgumentError.class).hasMessageContaining("many-to-one")
                .hasMessageContaining("BkItem.owner");
        // no half-built backref is left on the target: it neither lists the broken relationship, nor would a
        // retry report "property of that name exists" instead of the real error
        assertThat(r.mapper(BkItem.class).relationships()).extracting(RelationshipProperty::name)
                .doesNotContain("owner");
    }

    @org.junit.jupiter.api.Test
    void selfReferentialOneToManyIsRefusedAtConfigureTime() {
        // it used to map, and flush wrote NULL parent keys for new children of new parents
        Registry r = new Registry();
        assertThatThrownBy(() -> {
            r.mapAll(TreeNode.class);
            r.configure();
        }).isInstanceOf(ArgumentError.class).hasMessageContaining("TreeNode.children")
                .hasMessageContaining("self-referential").hasMessageContaining("secondary");
    }

    static final class NoBackrefField {
        Integer id;
        List<RAddress> things;
    }

    @org.junit.jupiter.api.Test
    void badMappingsFailClearly() {
        org.jalchemy.schema.MetaData md = new org.jalchemy.schema.MetaData();
        org.jalchemy.schema.Table owner = new org.jalchemy.schema.Table("rel_bad_owner", md,
                org.jalchemy.schema.Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey());
        Registry r = new Registry(md);
        r.mapImperatively(NoBackrefField.class, owner,
                java.util.Map.of("things", Orm.relationship(RAddress.class).backref("owner")));
        // RAddress belongs to another registry: checked when this registry is configured (or first used)
        assertThatThrownBy(r::configure)
                .isInstanceOf(ArgumentError.class)
                .hasMessageContaining("no foreign keys linking these tables");
        assertThatThrownBy(() -> Orm.relationship(RAddress.class).cascade("all, frobnicate"))
                .isInstanceOf(ArgumentError.class).hasMessageContaining("frobnicate");
    }
}
