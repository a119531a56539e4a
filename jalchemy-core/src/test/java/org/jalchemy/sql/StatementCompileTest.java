package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jalchemy.Jalchemy.func;
import static org.jalchemy.Jalchemy.or;
import static org.jalchemy.Jalchemy.select;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.Jalchemy;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.dialect.Dialects;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.CompileError;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.compiler.BoundStatement;
import org.jalchemy.sql.compiler.Compiled;
import org.jalchemy.types.SqlTypes;
import org.junit.jupiter.api.Test;

/** SELECT, INSERT, UPDATE and DELETE: exact SQL and parameters for the string form and each dialect. */
class StatementCompileTest {
    private final Fixtures f = new Fixtures();
    private final Table user = f.user;
    private final Table email = f.email;
    private final Dialect sqlite = Dialects.named("sqlite");
    private final Dialect postgresql = Dialects.named("postgresql");
    private final Dialect mariadb = Dialects.named("mariadb");

    private static BoundStatement bound(Executable stmt, Dialect dialect) {
        return stmt.compile(dialect).bind(stmt, Map.of());
    }

    @Test
    void selectTableWhere() {
        Select s = select(user).where(user.c("l_name").eq("Hello"));
        assertThat(s).hasToString("SELECT \"user\".id, \"user\".l_name, \"user\".f_name \nFROM \"user\" \n"
                + "WHERE \"user\".l_name = :l_name_1");
        assertThat(s.compile(sqlite).sql()).isEqualTo(
                "SELECT user.id, user.l_name, user.f_name \nFROM user \nWHERE user.l_name = ?");
        assertThat(s.compile(postgresql).sql()).isEqualTo(
                "SELECT \"user\".id, \"user\".l_name, \"user\".f_name \nFROM \"user\" \nWHERE \"user\".l_name = ?");
        assertThat(s.compile(mariadb).sql()).isEqualTo(
                "SELECT user.id, user.l_name, user.f_name \nFROM user \nWHERE user.l_name = ?");
        assertThat(bound(s, sqlite).parameterList()).containsExactly("Hello");
        assertThat(user.select().where(user.c("l_name").eq("Hello")).toString()).isEqualTo(s.toString());
    }

    @Test
    void selectColumnsOrOrderBy() {
        Select s = select(user.c("l_name"), user.c("f_name"))
                .where(or(user.c("l_name").eq("Hello"), user.c("l_name").eq("Hi")))
                .orderBy(user.c("f_name"));
        assertThat(s).hasToString("SELECT \"user\".l_name, \"user\".f_name \nFROM \"user\" \nWHERE \"user\".l_name"
                + " = :l_name_1 OR \"user\".l_name = :l_name_2 ORDER BY \"user\".f_name");
        assertThat(bound(s, postgresql).parameterList()).containsExactly("Hello", "Hi");
        assertThat(s.compile(sqlite).resultColumns()).extracting("name").containsExactly("l_name", "f_name");
    }

    @Test
    void repeatedWhereIsAnd() {
        Select s = select(user.c("id")).where(user.c("id").gt(1)).where(user.c("id").lt(9));
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" \nWHERE \"user\".id > :id_1 AND \"user\".id < :id_2");
    }

    @Test
    void limitOffsetPerDialect() {
        Select s = select(user.c("id")).limit(10).offset(20);
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" \n LIMIT :param_1 OFFSET :param_2");
        assertThat(bound(s, sqlite).parameterList()).containsExactly(10, 20);
        Select offsetOnly = select(user.c("id")).offset(5);
        assertThat(offsetOnly.compile(sqlite).sql()).endsWith("LIMIT -1 OFFSET ?");
        assertThat(offsetOnly.compile(mariadb).sql()).endsWith("LIMIT 18446744073709551615 OFFSET ?");
        assertThat(offsetOnly.compile(postgresql).sql()).endsWith("\n OFFSET ?");
    }

    @Test
    void joinSelectFrom() {
        Join j = user.join(email, email.c("name").eq(user.c("l_name")));
        Select s = select(user.c("l_name"), email.c("email")).selectFrom(j);
        assertThat(s).hasToString("SELECT \"user\".l_name, email.email \nFROM \"user\" JOIN email ON email.name ="
                + " \"user\".l_name");
        assertThat(s.compile(mariadb).sql()).isEqualTo(
                "SELECT user.l_name, email.email \nFROM user JOIN email ON email.name = user.l_name");
    }

    @Test
    void joinInferredFromForeignKey() {
        Select s = select(user.c("l_name"), f.address.c("street")).selectFrom(user.join(f.address));
        assertThat(s).hasToString("SELECT \"user\".l_name, address.street \nFROM \"user\" JOIN address ON"
                + " address.user_id = \"user\".id");
        assertThatThrownBy(() -> user.join(email)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Can't find any foreign key relationships between 'user' and 'email'");
    }

    @Test
    void outerJoinAndSelectJoin() {
        Select s = select(user.c("id")).outerjoin(f.address);
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" LEFT OUTER JOIN address ON"
                + " address.user_id = \"user\".id");
    }

    @Test
    void duplicateColumnNamesAreDisambiguated() {
        Select s = select(user.c("id"), email.c("id"));
        assertThat(s).hasToString("SELECT \"user\".id, email.id AS id_1 \nFROM \"user\", email");
        assertThat(s.compile(sqlite).resultColumns()).extracting("name").containsExactly("id", "id_1");
    }

    @Test
    void functionsGetAnonymousLabels() {
        Select s = select(func.count()).selectFrom(user);
        assertThat(s).hasToString("SELECT count(*) AS count_1 \nFROM \"user\"");
        Select g = select(user.c("l_name"), func.count(user.c("id")).label("n")).groupBy(user.c("l_name"))
                .having(func.count(user.c("id")).gt(1)).orderBy("n");
        assertThat(g).hasToString("SELECT \"user\".l_name, count(\"user\".id) AS n \nFROM \"user\" GROUP BY"
                + " \"user\".l_name \nHAVING count(\"user\".id) > :count_1 ORDER BY n");
    }

    @Test
    void orderByRejectsRawStrings() {
        assertThatThrownBy(() -> select(user).orderBy("id; DROP TABLE user")).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("names no label");
    }

    @Test
    void scalarSubqueryCorrelates() {
        ScalarSelect<Integer> n = select(func.count()).selectFrom(f.address)
                .where(f.address.c("user_id").eq(user.c("id"))).scalarSubquery();
        Select s = select(user.c("l_name"), n.label("n"));
        assertThat(s).hasToString("SELECT \"user\".l_name, (SELECT count(*) AS count_1 \nFROM address \n"
                + "WHERE address.user_id = \"user\".id) AS n \nFROM \"user\"");
    }

    @Test
    void existsAndInSubquery() {
        Select s = select(user.c("id")).where(select(f.address.c("id"))
                .where(f.address.c("user_id").eq(user.c("id"))).exists());
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" \nWHERE EXISTS (SELECT address.id \nFROM"
                + " address \nWHERE address.user_id = \"user\".id)");
        Select in = select(user.c("id")).where(user.c("id").in(select(f.address.c("user_id"))));
        assertThat(in).hasToString("SELECT \"user\".id \nFROM \"user\" \nWHERE \"user\".id IN (SELECT"
                + " address.user_id \nFROM address)");
    }

    @Test
    void subqueryInFrom() {
        Alias sq = select(user.c("id"), user.c("l_name")).where(user.c("id").gt(5)).subquery("big");
        Select s = select(sq.c("l_name")).where(sq.c("id").lt(10));
        assertThat(s).hasToString("SELECT big.l_name \nFROM (SELECT \"user\".id, \"user\".l_name \nFROM \"user\""
                + " \nWHERE \"user\".id > :id_1) AS big \nWHERE big.id < :id_2");
        Alias anon = select(user.c("id")).subquery();
        assertThat(select(anon.c("id"))).hasToString("SELECT anon_1.id \nFROM (SELECT \"user\".id \nFROM"
                + " \"user\") AS anon_1");
    }

    @Test
    void union() {
        CompoundSelect u = select(user.c("l_name")).where(user.c("id").eq(1))
                .unionAll(select(email.c("name")).where(email.c("id").eq(2)));
        assertThat(u).hasToString("SELECT \"user\".l_name \nFROM \"user\" \nWHERE \"user\".id = :id_1 UNION ALL"
                + " SELECT email.name \nFROM email \nWHERE email.id = :id_2");
        assertThat(bound(u, sqlite).parameterList()).containsExactly(1, 2);
    }

    @Test
    void inExpandsAtBindTime() {
        Select s = select(user.c("id")).where(user.c("l_name").in(List.of("a", "b", "c")));
        Compiled c = s.compile(sqlite);
        assertThat(c.sql()).endsWith("WHERE user.l_name IN (__[POSTCOMPILE_l_name_1])");
        BoundStatement b = c.bind(s, Map.of());
        assertThat(b.sql()).endsWith("WHERE user.l_name IN (?, ?, ?)");
        assertThat(b.parameterList()).containsExactly("a", "b", "c");
        Select empty = select(user.c("id")).where(user.c("l_name").in(List.of()));
        assertThat(bound(empty, sqlite).sql()).endsWith("IN (SELECT CAST(NULL AS VARCHAR) WHERE 1!=1)");
        assertThat(bound(empty, mariadb).sql()).endsWith("IN (SELECT 1 FROM (SELECT 1) AS _empty_set WHERE 1!=1)");
    }

    @Test
    void cacheKeyIgnoresValuesAndBindTakesNewValues() {
        Select a = select(user).where(user.c("l_name").eq("Hello"));
        Select b = select(user).where(user.c("l_name").eq("Bye"));
        Select c = select(user).where(user.c("f_name").eq("Hello"));
        assertThat(a.cacheKey()).isEqualTo(b.cacheKey());
        assertThat(a.cacheKey()).isNotEqualTo(c.cacheKey());
        Compiled compiled = a.compile(sqlite);
        assertThat(compiled.bind(b, Map.of()).parameterList()).containsExactly("Bye");
        assertThat(compiled.bind(b, Map.of("l_name_1", "Override")).parameterList()).containsExactly("Override");
        assertThat(select(user).where(user.c("l_name").in(List.of("a"))).cacheKey())
                .isEqualTo(select(user).where(user.c("l_name").in(List.of("a", "b"))).cacheKey());
    }

    @Test
    void cacheKeyTellsApartEveryOptionalClauseAndBindKind() {
        // the SELECT keys only the clauses it has, behind one part that says which: any two that render
        // different SQL must still key differently, and the same clauses with other values alike
        Select base = select(user.c("id"));
        List<Select> distinct = List.of(base, base.where(user.c("id").eq(1)), base.having(user.c("id").eq(1)),
                base.orderBy(user.c("id")), base.groupBy(user.c("id")), base.limit(1), base.offset(1),
                base.distinct(), base.distinct(user.c("id")), base.withForUpdate(),
                base.withForUpdate(Select.ForUpdate.NOWAIT), base.selectFrom(email),
                base.where(user.c("id").eq(Jalchemy.bindparam("id", SqlTypes.INTEGER))),
                base.where(user.c("id").in(List.of(1, 2))), base.limit(1).offset(1));
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                assertThat(distinct.get(i).cacheKey()).as("statements %d and %d", i, j)
                        .isNotEqualTo(distinct.get(j).cacheKey());
            }
        }
        assertThat(base.where(user.c("id").eq(1)).limit(5).cacheKey())
                .isEqualTo(base.where(user.c("id").eq(2)).limit(7).cacheKey());
        assertThat(base.where(user.c("id").eq(1)).cacheKey().hashCode())
                .isEqualTo(base.where(user.c("id").eq(2)).cacheKey().hashCode());
    }

    @Test
    void aRareClauseSetOnOneCopyStaysOutOfTheOthers() {
        // HAVING, GROUP BY, OFFSET, DISTINCT and FOR UPDATE live in one object the copies share until one sets
        // a clause: setting one on a copy must leave the SELECT it came from, and its other copies, as they were
        var id = user.c("id", Integer.class);
        Select base = select(id).where(id.gt(0));
        Select grouped = base.groupBy(id);
        Select paged = base.offset(5).distinct();
        Select locked = paged.withForUpdate();
        assertThat(base.toString()).isEqualTo("SELECT \"user\".id \nFROM \"user\" \nWHERE \"user\".id > :id_1");
        assertThat(grouped.groupByClauses()).containsExactly(id);
        assertThat(grouped.offsetClause()).isNull();
        assertThat(paged.groupByClauses()).isEmpty();
        assertThat(paged.offsetClause().value()).isEqualTo(5);
        assertThat(paged.isDistinct()).isTrue();
        assertThat(paged.forUpdate()).isNull();
        assertThat(locked.forUpdate()).isEqualTo(Select.ForUpdate.UPDATE);
        assertThat(locked.isDistinct()).isTrue();
        assertThat(locked.offsetClause()).isSameAs(paged.offsetClause());
        assertThat(base.having(id.gt(1)).where(id.lt(9)).havingClause()).isNotNull();
        assertThat(base.havingClause()).isNull();
        assertThat(base.isDistinct()).isFalse();
    }

    @Test
    void comparisonsThatDifferOnlyInTheirEscapeKeyApart() {
        // a boolean comparison without an escape walks its operator alone; any other binary expression (a LIKE
        // with an escape, arithmetic) adds a marker, its type and its escape, which must tell these apart
        var name = user.c("l_name", String.class);
        List<Select> all = List.of(select(name).where(name.like("a%")), select(name).where(name.like("a%", '\\')),
                select(name).where(name.like("a%", '#')), select(name).where(name.contains("a")),
                select(name.add("x")), select(name).where(name.eq("a")), select(name).where(name.ne("a")));
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).cacheKey()).as("statements %d and %d", i, j).isNotEqualTo(all.get(j).cacheKey());
            }
        }
        assertThat(select(name).where(name.like("a%", '#')).cacheKey())
                .isEqualTo(select(name).where(name.like("b%", '#')).cacheKey());
    }

    @Test
    void bindsThatDifferOnlyInOneFlagKeyApart() {
        // an expanding bind renders one placeholder per element and a required one takes its value from the
        // parameters: a statement differing only there must not reuse the other's compiled form
        var id = user.c("id", Integer.class);
        Select plain = select(id).where(id.eq(new BindParameter<>("x", 1, SqlTypes.INTEGER, true, false)));
        Select expanding = select(id).where(id.eq(new BindParameter<>("x", 1, SqlTypes.INTEGER, true, true)));
        Select named = select(id).where(id.eq(new BindParameter<>("x", 1, SqlTypes.INTEGER, false, false)));
        Select required = select(id).where(id.eq(
                new BindParameter<>("x", BindParameter.REQUIRED, SqlTypes.INTEGER, false, false)));
        List<Select> all = List.of(plain, expanding, named, required);
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).cacheKey()).as("statements %d and %d", i, j).isNotEqualTo(all.get(j).cacheKey());
            }
        }
    }

    @Test
    void aShapeHoldsAnArrayOfItsOwnSizeAfterALargerWalk() {
        var id = user.c("id", Integer.class);
        List<ColumnElement<Boolean>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            many.add(id.eq(i));
        }
        StatementShape big = select(id).where(or(many.toArray(new ColumnElement[0]))).shape();
        StatementShape small = select(id).where(id.eq(1)).shape();
        assertThat(big.sizeAndCapacity()[0]).isGreaterThan(1_000);
        assertThat(big.sizeAndCapacity()[1]).isEqualTo(big.sizeAndCapacity()[0]);
        assertThat(small.sizeAndCapacity()[1]).isEqualTo(small.sizeAndCapacity()[0]);
        assertThat(small.withoutBinds().sizeAndCapacity()[1]).isEqualTo(small.sizeAndCapacity()[0]);
    }

    @Test
    void aStatementsShapeWithoutBindsKeysAlikeAndHoldsNoValues() {
        Select s = select(user).where(user.c("l_name").eq("Hello")).limit(3);
        StatementShape shape = s.shape();
        assertThat(shape.bindCount()).isEqualTo(2);
        assertThat(shape.binds()).extracting(BindParameter::value).containsExactly("Hello", 3);
        StatementShape bare = shape.withoutBinds();
        assertThat(bare).isEqualTo(shape).hasSameHashCodeAs(shape);
        assertThat(shape).isEqualTo(bare);
        assertThat(bare.bindCount()).isZero();
        assertThatThrownBy(() -> bare.bind(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aWalkComparedWithALikelyShapeKeysAsAPlainWalkDoes() {
        // statements that share a prefix of parts and part at different places: the first column, the WHERE
        // operator, the compared column with its bind's type, a trailing clause, a longer list, another
        // statement kind
        List<ExecutableClause> statements = List.of(
                select(user.c("id")).where(user.c("id").eq(1)),
                select(user.c("id")).where(user.c("id").eq(2)),
                select(user.c("l_name")).where(user.c("id").eq(1)),
                select(user.c("id")).where(user.c("id").gt(1)),
                select(user.c("id")).where(user.c("l_name").eq("x")),
                select(user.c("id")).where(user.c("id").eq(1)).limit(5),
                select(user.c("id"), user.c("l_name")).where(user.c("id").eq(1)),
                select(user.c("id")).where(user.c("id").in(List.of(1, 2, 3))),
                select(user.c("id")),
                user.delete().where(user.c("id").eq(1)),
                user.update().values(Map.of("l_name", "y")).where(user.c("id").eq(1)));
        for (ExecutableClause stmt : statements) {
            StatementShape plain = StatementShape.of(stmt);
            for (ExecutableClause other : statements) {
                StatementShape likely = StatementShape.of(other).withoutBinds();
                StatementShape compared = StatementShape.of(stmt, likely);
                assertThat(compared).as("%s compared with %s", stmt, other)
                        .isEqualTo(plain).hasSameHashCodeAs(plain).hasToString(plain.toString());
                assertThat(compared.binds()).isEqualTo(plain.binds());
                assertThat(compared.equals(likely)).isEqualTo(plain.equals(likely));
            }
        }
        // the elements' walks are prefix-free, so no statement above is a strict prefix of another: an element
        // made of bare parts tells a walk that ends inside the likely shape, or runs past it, from a match
        for (Object[][] pair : new Object[][][] {{{1, 2}, {1, 2, 3}}, {{1, 2, 3}, {1, 2}}, {{1, "x"}, {1, "y"}}}) {
            StatementShape plain = StatementShape.of(new Parts(pair[0]));
            StatementShape likely = StatementShape.of(new Parts(pair[1]));
            assertThat(StatementShape.of(new Parts(pair[0]), likely)).isEqualTo(plain).isNotEqualTo(likely)
                    .hasSameHashCodeAs(plain).hasToString(plain.toString());
        }
        // a match takes the values of the statement walked, never those of the shape it was compared with
        StatementShape first = StatementShape.of(select(user.c("id")).where(user.c("id").eq(1)));
        StatementShape second = StatementShape.of(select(user.c("id")).where(user.c("id").eq(2)), first.withoutBinds());
        assertThat(second.binds()).extracting(BindParameter::value).containsExactly(2);
        assertThat(second.sizeAndCapacity()).isEqualTo(first.sizeAndCapacity());
    }

    /** An element that is only the parts it is given, for walks no real statement makes. */
    private static final class Parts extends ClauseElement {
        private final Object[] parts;

        Parts(Object... parts) {
            this.parts = parts;
        }

        @Override
        public void accept(org.jalchemy.sql.compiler.SqlCompiler compiler) {
            throw new UnsupportedOperationException("only walked");
        }

        @Override
        void walk(Walker walker) {
            for (Object part : parts) {
                walker.shape(part);
            }
        }
    }

    @Test
    void insertValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("l_name", "Hello");
        values.put("f_name", "World");
        Insert ins = user.insert().values(values);
        assertThat(ins).hasToString("INSERT INTO \"user\" (l_name, f_name) VALUES (:l_name, :f_name)");
        Compiled c = ins.compile(sqlite);
        assertThat(c.sql()).isEqualTo("INSERT INTO user (l_name, f_name) VALUES (?, ?)");
        assertThat(c.generatedKeyColumns()).containsExactly("id");
        assertThat(c.bind(ins, null).parameterList()).containsExactly("Hello", "World");
        assertThat(ins.compile(mariadb).sql()).isEqualTo("INSERT INTO user (l_name, f_name) VALUES (?, ?)");
        assertThat(user.insert().values("l_name", "Hi", "f_name", "bob").compile(postgresql).sql())
                .isEqualTo("INSERT INTO \"user\" (l_name, f_name) VALUES (?, ?)");
    }

    @Test
    void insertWithoutValuesTakesParameterKeys() {
        Insert ins = user.insert();
        assertThat(ins).hasToString("INSERT INTO \"user\" (id, l_name, f_name) VALUES (:id, :l_name, :f_name)");
        Compiled c = ins.compile(sqlite);
        BoundStatement b = c.bind(ins, Map.of("l_name", "Hi", "f_name", "bob"));
        assertThat(b.sql()).isEqualTo("INSERT INTO user (l_name, f_name) VALUES (?, ?)");
        assertThat(b.parameterList()).containsExactly("Hi", "bob");
        assertThat(c.bind(ins, Map.of()).sql()).isEqualTo("INSERT INTO user DEFAULT VALUES");
        assertThat(ins.compile(mariadb).bind(ins, Map.of()).sql()).isEqualTo("INSERT INTO user () VALUES ()");
        assertThatThrownBy(() -> c.bind(ins, Map.of("nope", 1))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("Unconsumed column names: nope");
    }

    @Test
    void insertMultiValuesAndReturning() {
        Insert ins = user.insert().values(List.of(Map.of("l_name", "a"), Map.of("l_name", "b")));
        assertThat(ins).hasToString("INSERT INTO \"user\" (l_name) VALUES (:l_name_m0), (:l_name_m1)");
        assertThat(bound(ins, sqlite).parameterList()).containsExactly("a", "b");
        Insert ret = user.insert().values(Map.of("l_name", "x")).returning(user.c("id"));
        assertThat(ret.compile(postgresql).sql()).isEqualTo("INSERT INTO \"user\" (l_name) VALUES (?) RETURNING id");
        assertThatThrownBy(() -> ret.compile(Dialects.named("mysql"))).isInstanceOf(CompileError.class);
    }

    @Test
    void updateWithExpressions() {
        Update u = user.update().where(user.c("id").eq(5)).values(Map.of("l_name", user.c("l_name").add("!")));
        assertThat(u).hasToString("UPDATE \"user\" SET l_name=\"user\".l_name || :l_name_1 WHERE \"user\".id = :id_1");
        assertThat(u.compile(mariadb).sql()).isEqualTo("UPDATE user SET l_name=concat(user.l_name, ?) WHERE user.id = ?");
        assertThat(bound(u, mariadb).parameterList()).containsExactly("!", 5);
        Update plain = user.update().values(Map.of("f_name", "x")).where(user.c("l_name").eq("y"));
        assertThat(plain).hasToString("UPDATE \"user\" SET f_name=:f_name WHERE \"user\".l_name = :l_name_1");
    }

    @Test
    void delete() {
        Delete d = user.delete().where(user.c("l_name").eq("Hello"));
        assertThat(d).hasToString("DELETE FROM \"user\" WHERE \"user\".l_name = :l_name_1");
        assertThat(d.compile(sqlite).sql()).isEqualTo("DELETE FROM user WHERE user.l_name = ?");
        assertThat(bound(d, sqlite).parameterList()).containsExactly("Hello");
    }

    @Test
    void dialectOperators() {
        ColumnElement<Boolean> ilike = user.c("l_name").ilike("%a%");
        assertThat(select(user.c("id")).where(ilike).compile(postgresql).sql()).endsWith("\"user\".l_name ILIKE ?");
        assertThat(select(user.c("id")).where(ilike).compile(sqlite).sql()).endsWith("lower(user.l_name) LIKE lower(?)");
        assertThat(select(user.c("l_name").add("x").label("y")).compile(mariadb).sql())
                .startsWith("SELECT concat(user.l_name, ?) AS y");
    }

    @Test
    void wrongValueTypeFailsOnBind() {
        Select s = select(user).where(user.c("id").eq("not a number"));
        assertThatThrownBy(() -> bound(s, sqlite).bindTo(null)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("not valid for type INTEGER");
    }

    @Test
    void negativeLimitIsRefused() {
        assertThatThrownBy(() -> select(user).limit(-1)).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("limit() needs a non-negative integer");
    }

    @Test
    void nullsFirstAndLast() {
        Select s = select(user.c("id")).orderBy(user.c("l_name").desc().nullsLast());
        assertThat(s).hasToString("SELECT \"user\".id \nFROM \"user\" ORDER BY \"user\".l_name DESC NULLS LAST");
        assertThat(s.compile(mariadb).sql()).isEqualTo(
                "SELECT user.id \nFROM user ORDER BY (user.l_name IS NULL) ASC, user.l_name DESC");
    }

    @Test
    void multiTableDeleteIsRefused() {
        Delete d = user.delete().where(email.c("name").eq(user.c("l_name")));
        assertThatThrownBy(() -> d.compile(sqlite)).isInstanceOf(CompileError.class)
                .hasMessageContaining("DELETE of 'user' refers to 'email'");
        Delete ok = user.delete().where(select(email.c("id")).where(email.c("name").eq(user.c("l_name"))).exists());
        assertThat(ok).hasToString("DELETE FROM \"user\" WHERE EXISTS (SELECT email.id \nFROM email \nWHERE"
                + " email.name = \"user\".l_name)");
    }

    @Test
    void multiTableUpdate() {
        Update u = user.update().values(Map.of("f_name", email.c("email"))).where(email.c("name").eq(user.c("l_name")));
        assertThat(u).hasToString("UPDATE \"user\" SET f_name=email.email FROM email WHERE email.name = \"user\".l_name");
        assertThat(u.compile(mariadb).sql())
                .isEqualTo("UPDATE user, email SET user.f_name=email.email WHERE email.name = user.l_name");
    }

    @Test
    void filterByUsesTheLastFrom() {
        assertThat(select(user).filterBy(Map.of("l_name", "x")))
                .hasToString("SELECT \"user\".id, \"user\".l_name, \"user\".f_name \nFROM \"user\" \nWHERE \"user\".l_name = :l_name_1");
        assertThatThrownBy(() -> select(user).filterBy(Map.of("nope", 1))).isInstanceOf(ArgumentError.class)
                .hasMessageContaining("has no column 'nope'");
    }
}
