package org.jalchemy.bench.systems;

import java.util.Iterator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jalchemy.bench.core.BenchEnvironment;
import org.jalchemy.bench.core.BenchSystem;
import org.jalchemy.bench.core.Customer;
import org.jalchemy.bench.core.Customers;
import org.jalchemy.bench.core.Database;
import org.jalchemy.bench.core.Outcome;
import org.jalchemy.bench.core.Sql;
import org.jalchemy.bench.core.Task;
import org.jalchemy.bench.core.Variant;
import org.jooq.BatchBindStep;
import org.jooq.CloseableResultQuery;
import org.jooq.Constants;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStep2;
import org.jooq.Loader;
import org.jooq.Param;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record3;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ (open-source edition) without code generation: the DSL over a plain table reference, its batch API
 * ({@code batch(query).bind(...)}), its Loader API ({@code loadInto}, multi-row bulk statements), lazy cursors, the
 * reflection record mapper into a POJO, and {@code keepStatement} for a reused prepared statement. Execute logging
 * is off, as jOOQ's performance notes advise. Every workload runs in one {@code transactionResult}.
 */
public final class JooqSystem implements BenchSystem {
    private static final Table<Record> CUSTOMER = DSL.table(DSL.name("customer"));
    private static final Field<Integer> ID = DSL.field(DSL.name("id"), SQLDataType.INTEGER);
    private static final Field<String> NAME = DSL.field(DSL.name("name"), SQLDataType.VARCHAR(255));
    private static final Field<String> DESCRIPTION = DSL.field(DSL.name("description"), SQLDataType.VARCHAR(255));

    private final DSLContext dsl;
    private final int returningPage;

    public JooqSystem(BenchEnvironment env) {
        // jOOQ 3.19's open-source SQLite dialect renders no RETURNING and reads back only the last rowid of a
        // multi-row INSERT, so there it has to insert one row per statement to learn every id
        this.returningPage = env.database() == Database.SQLITE ? 1 : Sql.RETURNING_PAGE;
        Settings settings = new Settings().withExecuteLogging(false);
        this.dsl = DSL.using(env.dataSource(), dialect(env.database()), settings);
    }

    private static SQLDialect dialect(Database database) {
        return switch (database) {
            case SQLITE -> SQLDialect.SQLITE;
            case POSTGRESQL -> SQLDialect.POSTGRES;
            case MARIADB -> SQLDialect.MARIADB;
        };
    }

    /** jOOQ's version string. */
    public static String version() {
        return Constants.FULL_VERSION;
    }

    @Override
    public String name() {
        return "jOOQ";
    }

    @Override
    public Task task(Variant variant) {
        return switch (variant) {
            case INSERT_IDS_FETCHED -> this::insertReturningIds;
            case INSERT_PK_GIVEN -> n -> batchInsert(n, true);
            case INSERT_MAPPINGS -> this::loaderInsert;
            case INSERT_EXECUTEMANY -> n -> batchInsert(n, false);
            case SINGLE_INSERT_CORE -> this::insertEachCommitted;
            case READ_ORM_LIST -> n -> readIntoPojos();
            case READ_ORM_CHUNKS -> n -> streamIntoPojos();
            case READ_CORE_ALL -> n -> readAll();
            case READ_CORE_STREAM -> n -> readLazy();
            case SELECT_ORM_QUERY -> n -> lookupsIntoPojos(n);
            case SELECT_CORE_NEW -> this::lookupsNewQuery;
            case SELECT_CORE_REUSED -> this::lookupsKeptStatement;
            case UPDATE_CORE_EXECUTEMANY -> n -> loadAndBatchUpdate();
            default -> null;
        };
    }

    private Outcome insertReturningIds(int n) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            long idSum = 0;
            long rows = 0;
            for (int first = 1; first <= n; first += returningPage) {
                InsertValuesStep2<Record, String, String> insert = ctx.insertInto(CUSTOMER, NAME, DESCRIPTION);
                for (int id = first; id < Math.min(n + 1, first + returningPage); id++) {
                    insert = insert.values(Customers.name(id), Customers.description(id));
                }
                for (Record1<Integer> r : insert.returningResult(ID).fetch()) {
                    idSum += r.value1();
                    rows++;
                }
            }
            return Outcome.of(rows, idSum);
        });
    }

    private Outcome batchInsert(int n, boolean withIds) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            BatchBindStep batch = withIds
                    ? ctx.batch(ctx.insertInto(CUSTOMER, ID, NAME, DESCRIPTION).values((Integer) null, null, null))
                    : ctx.batch(ctx.insertInto(CUSTOMER, NAME, DESCRIPTION).values((String) null, null));
            for (int id = 1; id <= n; id++) {
                batch = withIds ? batch.bind(id, Customers.name(id), Customers.description(id))
                        : batch.bind(Customers.name(id), Customers.description(id));
            }
            batch.execute();
            return Outcome.of(n);
        });
    }

    private Outcome loaderInsert(int n) {
        return dsl.transactionResult(tx -> {
            Iterator<Object[]> rows = IntStream.rangeClosed(1, n)
                    .mapToObj(id -> new Object[] {Customers.name(id), Customers.description(id)}).iterator();
            Loader<Record> loader = tx.dsl().loadInto(CUSTOMER)
                    .bulkAfter(Sql.RETURNING_PAGE)
                    .batchAll()
                    .commitNone()
                    .loadArrays(rows)
                    .fields(NAME, DESCRIPTION)
                    .execute();
            if (!loader.errors().isEmpty()) {
                throw loader.errors().get(0).exception();
            }
            return Outcome.of(loader.stored());
        });
    }

    private Outcome insertEachCommitted(int n) {
        for (int id = 1; id <= n; id++) {
            String name = Customers.name(id);
            String description = Customers.description(id);
            dsl.transaction(tx -> tx.dsl().insertInto(CUSTOMER, NAME, DESCRIPTION).values(name, description)
                    .execute());
        }
        return Outcome.of(n);
    }

    private Outcome readIntoPojos() {
        List<Customer> list = dsl.transactionResult(tx -> tx.dsl().select(ID, NAME, DESCRIPTION).from(CUSTOMER)
                .fetchInto(Customer.class));
        long checksum = 0;
        for (Customer customer : list) {
            checksum += customer.checksum();
        }
        return new Outcome(list.size(), checksum, list);
    }

    private Outcome streamIntoPojos() {
        return dsl.transactionResult(tx -> {
            long rows = 0;
            long checksum = 0;
            try (Stream<Customer> stream = tx.dsl().select(ID, NAME, DESCRIPTION).from(CUSTOMER)
                    .fetchSize(Sql.RETURNING_PAGE).fetchStreamInto(Customer.class)) {
                for (Customer customer : (Iterable<Customer>) stream::iterator) {
                    checksum += customer.checksum();
                    rows++;
                }
            }
            return Outcome.of(rows, checksum);
        });
    }

    private Outcome readAll() {
        Result<Record3<Integer, String, String>> result = dsl.transactionResult(tx -> tx.dsl()
                .select(ID, NAME, DESCRIPTION).from(CUSTOMER).fetch());
        long checksum = 0;
        for (Record3<Integer, String, String> r : result) {
            checksum += Customers.checksum(r.value1(), r.value2(), r.value3());
        }
        return new Outcome(result.size(), checksum, result);
    }

    private Outcome readLazy() {
        return dsl.transactionResult(tx -> {
            long rows = 0;
            long checksum = 0;
            try (Cursor<Record3<Integer, String, String>> cursor = tx.dsl().select(ID, NAME, DESCRIPTION)
                    .from(CUSTOMER).fetchSize(Sql.RETURNING_PAGE).fetchLazy()) {
                for (Record3<Integer, String, String> r : cursor) {
                    checksum += Customers.checksum(r.value1(), r.value2(), r.value3());
                    rows++;
                }
            }
            return Outcome.of(rows, checksum);
        });
    }

    private Outcome lookupsIntoPojos(int n) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            long checksum = 0;
            for (int id : BenchEnvironment.lookupIds(n)) {
                checksum += ctx.select(ID, NAME, DESCRIPTION).from(CUSTOMER).where(ID.eq(id))
                        .fetchOneInto(Customer.class).checksum();
            }
            return Outcome.of(n, checksum);
        });
    }

    private Outcome lookupsNewQuery(int n) {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            long checksum = 0;
            for (int id : BenchEnvironment.lookupIds(n)) {
                Record3<Integer, String, String> r = ctx.select(ID, NAME, DESCRIPTION).from(CUSTOMER)
                        .where(ID.eq(id)).fetchOne();
                checksum += Customers.checksum(r.value1(), r.value2(), r.value3());
            }
            return Outcome.of(n, checksum);
        });
    }

    private Outcome lookupsKeptStatement(int n) {
        return dsl.transactionResult(tx -> {
            Param<Integer> idParam = DSL.param("id", Integer.class);
            long checksum = 0;
            try (CloseableResultQuery<Record3<Integer, String, String>> query = tx.dsl()
                    .select(ID, NAME, DESCRIPTION).from(CUSTOMER).where(ID.eq(idParam)).keepStatement(true)) {
                for (int id : BenchEnvironment.lookupIds(n)) {
                    query.bind(1, id);
                    Record3<Integer, String, String> r = query.fetchOne();
                    checksum += Customers.checksum(r.value1(), r.value2(), r.value3());
                }
            }
            return Outcome.of(n, checksum);
        });
    }

    private Outcome loadAndBatchUpdate() {
        return dsl.transactionResult(tx -> {
            DSLContext ctx = tx.dsl();
            Result<Record3<Integer, String, String>> loaded = ctx.select(ID, NAME, DESCRIPTION).from(CUSTOMER)
                    .fetch();
            BatchBindStep batch = ctx.batch(ctx.update(CUSTOMER).set(DESCRIPTION, (String) null)
                    .where(ID.eq((Integer) null)));
            for (Record3<Integer, String, String> r : loaded) {
                batch = batch.bind(Customers.updatedDescription(r.value1()), r.value1());
            }
            batch.execute();
            return Outcome.of(loaded.size());
        });
    }
}
