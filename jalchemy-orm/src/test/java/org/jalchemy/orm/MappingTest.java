package org.jalchemy.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Engine;
import org.jalchemy.orm.exc.UnmappedClassError;
import org.jalchemy.orm.mapping.DynamicEntity;
import org.jalchemy.orm.mapping.Entity;
import org.jalchemy.orm.mapping.Id;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.model.Models;
import org.jalchemy.orm.model.PeopleA;
import org.jalchemy.orm.model.PeopleB;
import org.jalchemy.orm.model.User;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.testing.DatabaseTest;
import org.junit.jupiter.api.Test;

class MappingTest {
    /** An unannotated class for classical mapping; its fields are public, so flush compares snapshots. */
    public static class Account {
        public Integer id;
        public String owner;
        public Long balance;
    }

    public static class Named {
        String name;

        public Named(String name) {
            this.name = name;
        }

        public String getName() {
            return name;
        }
    }

    public static class NotAnnotated {
        Integer id;
    }

    @Entity("broken")
    public static class NoKey {
        String name;
    }

    @Test
    void declarativeMappingBuildsTheTableWithColumnOptions() {
        Table users = Models.REGISTRY.metadata().tables().get("users");
        assertThat(users.columnList()).extracting(Column::name).containsExactly("id", "name", "fullname", "birth");
        assertThat(users.c("id").isPrimaryKey()).isTrue();
        assertThat(users.c("name").isNullable()).isFalse();
        Table addresses = Models.REGISTRY.metadata().tables().get("addresses");
        assertThat(addresses.c("email").isUnique()).isTrue();
        assertThat(addresses.c("userId").foreignKeys()).hasSize(1);
        assertThat(addresses.c("created").insertDefault()).isNotNull();
        assertThat(User.NAME).isSameAs(users.c("name"));
        assertThat(org.jalchemy.orm.model.Address_.email).isSameAs(addresses.c("email"));
        assertThat(org.jalchemy.orm.model.Address_.userId.name()).isEqualTo("userId");
    }

    @Test
    void mixinColumnsAreCopiedIntoEachSubclassTable() {
        Table a = Models.REGISTRY.mapper(PeopleA.class).table();
        Table b = Models.REGISTRY.mapper(PeopleB.class).table();
        assertThat(a.columnList()).extracting(Column::name).containsExactly("id", "name", "age");
        assertThat(b.columnList()).extracting(Column::name).containsExactly("id", "name", "age");
        assertThat(a.c("name")).isNotSameAs(b.c("name"));
    }

    @Test
    void unmappableClassesSayWhy() {
        assertThatThrownBy(() -> new Registry().map(NotAnnotated.class)).isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("has no @Entity annotation").hasMessageContaining("mapImperatively");
        assertThatThrownBy(() -> new Registry().map(NoKey.class)).isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("could not assemble any primary key");
        assertThatThrownBy(() -> new Session((Engine) null).add(new Object())).isInstanceOf(UnmappedClassError.class)
                .hasMessageContaining("is not mapped");
    }

    @DatabaseTest
    void imperativeMappingWithSnapshotFallbackForPublicFields(Engine engine) {
        MetaData md = new MetaData();
        Table t = new Table("account", md, Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey(),
                Column.of("owner_name", org.jalchemy.types.SqlTypes.STRING),
                Column.of("balance", org.jalchemy.types.SqlTypes.BIGINT));
        Registry registry = new Registry(md);
        Mapper<Account> m = registry.mapImperatively(Account.class, t, Map.of("owner", "owner_name"));
        assertThat(m.directFieldWrites()).isTrue();
        registry.createAll(engine);
        Account acc = new Account();
        acc.owner = "ann";
        acc.balance = 10L;
        try (Session s = new Session(engine)) {
            s.add(acc);
            s.commit();
            Account loaded = s.query(Account.class).one();
            loaded.balance = 25L; // no setter: found by comparing with the snapshot
            s.commit();
        }
        try (Session s = new Session(engine)) {
            assertThat(s.query(Account.class).filterBy("owner", "ann").one().balance).isEqualTo(25L);
        }
    }

    @DatabaseTest
    void runtimeMappingOfTheSameTableTwice(Engine engine) throws Exception {
        Registry registry = new Registry();
        Table hello = new Table("hello", registry.metadata(), Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey(),
                Column.of("name", org.jalchemy.types.SqlTypes.STRING));
        registry.createAll(engine);
        Class<? extends Named> first = registry.mapRuntimeClass("Hello", Named.class, hello);
        Class<? extends Named> second = registry.mapRuntimeClass("Hello", Named.class, hello);
        assertThat(first).isNotEqualTo(second);
        ScopedSession session = new ScopedSession(new SessionMaker(engine));
        session.add(second.getConstructor(String.class).newInstance("foo"));
        session.add(second.getConstructor(String.class).newInstance("bar"));
        assertThat(session.query(second).all()).extracting(Named::getName).containsExactlyInAnyOrder("foo", "bar");
        session.commit();
        assertThat(session.has()).isTrue();
        session.remove();
        assertThat(session.has()).isFalse();
        assertThat(session.query(first).count()).isEqualTo(2);
        session.remove();
    }

    @DatabaseTest
    void dynamicEntitiesDefinedAtRunTime(Engine engine) {
        Registry registry = new Registry();
        Class<? extends DynamicEntity> t2 = registry.defineEntity("table2",
                Column.of("id", org.jalchemy.types.SqlTypes.INTEGER).primaryKey(),
                Column.of("key", org.jalchemy.types.SqlTypes.STRING), Column.of("val", org.jalchemy.types.SqlTypes.STRING));
        registry.createAll(engine);
        assertThat(Jalchemy.inspect(engine).getTableNames()).contains("table2");
        try (Session s = new Session(engine)) {
            DynamicEntity row = registry.mapper(t2).newInstance();
            row.set("key", "k").set("val", "v");
            s.add(row);
            s.commit();
            assertThat(row.get("id")).isNotNull();
            row.set("val", "w");
            s.commit();
            List<? extends DynamicEntity> all = s.query(t2).filterBy("val", "w").all();
            assertThat(all).hasSize(1);
            assertThat(all.get(0).get("key")).isEqualTo("k");
        }
    }
}
