package org.jalchemy.orm.unitofwork;

import static org.jalchemy.Jalchemy.and;
import static org.jalchemy.Jalchemy.bindparam;
import static org.jalchemy.Jalchemy.select;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.orm.exc.FlushError;
import org.jalchemy.orm.exc.StaleDataError;
import org.jalchemy.orm.mapping.ColumnProperty;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.MapperListener;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.ColumnDefault;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.Update;
import org.jalchemy.types.TypeEngine;

/**
 * One flush: the INSERTs, UPDATEs and DELETEs that make the database match the session's objects, in
 * foreign-key order (parents inserted first, children deleted first) and in batches. Inserts of one table
 * with the same columns go out as pages of multi-row {@code INSERT ... VALUES (...), (...) RETURNING id}
 * where the dialect supports RETURNING ("insertmanyvalues", 1,000 rows a page), as an executemany when no key
 * must come back, else row by row; updates with the same changed columns go out as one executemany; so do
 * deletes. An executemany sends JDBC batches of the engine's {@code executemanyPageSize} rows.
 * Object states change only after every statement succeeded ({@link #complete()}), so a failed flush leaves
 * them as they were. Mirrors {@code sqlalchemy.orm.unitofwork} with {@code persistence}.
 * <pre>{@code
 * UnitOfWork uow = new UnitOfWork(conn); uow.insert(new UnitOfWork.Entry(user, state)); uow.execute();
 * uow.complete(); // states now persistent with their new identities
 * }</pre>
 */
public final class UnitOfWork {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UnitOfWork.class);
    /** A bound object with its state. */
    public record Entry(Object obj, InstanceState state) {
    }

    private static final int MAX_ROWS_PER_INSERT = 1000;
    private static final String PK_PREFIX = "_pk_";

    private final Connection conn;
    private final Dialect dialect;
    private final Map<Table, List<Entry>> inserts = new LinkedHashMap<>();
    private final Map<Table, List<Entry>> updates = new LinkedHashMap<>();
    private final Map<Table, List<Entry>> deletes = new LinkedHashMap<>();
    private final List<Runnable> completions = new ArrayList<>();
    private final List<Entry> keysAssigned = new ArrayList<>();
    /** Foreign key syncs run before a table's statements: clearing ones first, then setting ones. */
    private final Map<Table, List<Runnable>> clearHooks = new LinkedHashMap<>();
    private final Map<Table, List<Runnable>> syncHooks = new LinkedHashMap<>();
    /** Association (secondary) rows, computed when written: keys of parents inserted earlier are known then. */
    private final Map<Table, List<java.util.function.Supplier<Map<String, Object>>>> associationInserts = new LinkedHashMap<>();
    private final Map<Table, List<java.util.function.Supplier<Map<String, Object>>>> associationDeletes = new LinkedHashMap<>();

    private Table lastInsertTable;
    private List<Entry> lastInserts;
    /** The mappers of every queued INSERT, so that insert events are looked for per mapper, not per object. */
    private final List<Mapper<?>> insertMappers = new ArrayList<>(2);

    public UnitOfWork(Connection conn) {
        this.conn = conn;
        this.dialect = conn.dialect();
    }

    /** Queues the INSERTs of {@code entries}, all of {@code mapper} (a flush of one class's new objects). */
    public void insertAll(Mapper<?> mapper, List<Entry> entries) {
        if (!insertMappers.contains(mapper)) {
            insertMappers.add(mapper);
        }
        inserts.computeIfAbsent(mapper.table(), t -> new ArrayList<>()).addAll(entries);
        lastInsertTable = null;
    }

    /** Queues the INSERT of {@code e}'s object; consecutive objects of one table skip the table lookup. */
    public void insert(Entry e) {
        Mapper<?> m = e.state().mapper();
        if (!insertMappers.contains(m)) {
            insertMappers.add(m);
        }
        Table table = m.table();
        if (table != lastInsertTable) {
            lastInsertTable = table;
            lastInserts = inserts.computeIfAbsent(table, t -> new ArrayList<>());
        }
        lastInserts.add(e);
    }

    public void update(Object obj, InstanceState state) {
        updates.computeIfAbsent(state.mapper().table(), t -> new ArrayList<>()).add(new Entry(obj, state));
    }

    public void delete(Object obj, InstanceState state) {
        deletes.computeIfAbsent(state.mapper().table(), t -> new ArrayList<>()).add(new Entry(obj, state));
    }

    public boolean isEmpty() {
        return inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty() && associationInserts.isEmpty()
                && associationDeletes.isEmpty();
    }

    /**
     * Runs {@code sync} just before {@code table}'s INSERTs and UPDATEs, when the tables it references already
     * have their rows and generated keys; {@code clearing} hooks (setting foreign keys to NULL) run first.
     */
    public void beforeTable(Table table, boolean clearing, Runnable sync) {
        (clearing ? clearHooks : syncHooks).computeIfAbsent(table, t -> new ArrayList<>()).add(sync);
    }

    /** An association row to INSERT after every table's INSERTs; duplicates (both sides of a backref) go once. */
    public void associationInsert(Table secondary, java.util.function.Supplier<Map<String, Object>> row) {
        associationInserts.computeIfAbsent(secondary, t -> new ArrayList<>()).add(row);
    }

    /** Association rows to DELETE (matching every given column) before the INSERTs of association rows. */
    public void associationDelete(Table secondary, java.util.function.Supplier<Map<String, Object>> match) {
        associationDeletes.computeIfAbsent(secondary, t -> new ArrayList<>()).add(match);
    }

    /** Emits every statement. On failure, primary keys filled in by this flush are cleared again. */
    public void execute() {
        Set<Table> all = new LinkedHashSet<>(inserts.keySet());
        all.addAll(updates.keySet());
        all.addAll(deletes.keySet());
        all.addAll(clearHooks.keySet());
        all.addAll(syncHooks.keySet());
        List<Table> order = TableOrder.parentsFirst(all);
        try {
            for (Table t : order) {
                clearHooks.getOrDefault(t, List.of()).forEach(Runnable::run);
                syncHooks.getOrDefault(t, List.of()).forEach(Runnable::run);
                List<Entry> ins = inserts.get(t);
                if (ins != null) {
                    insertAll(t, ins);
                }
                List<Entry> upd = updates.get(t);
                if (upd != null) {
                    updateAll(t, upd);
                }
            }
            associationDeletes.forEach(this::deleteAssociations);
            associationInserts.forEach(this::insertAssociations);
            for (int i = order.size() - 1; i >= 0; i--) {
                List<Entry> del = deletes.get(order.get(i));
                if (del != null) {
                    deleteAll(order.get(i), del);
                }
            }
        } catch (RuntimeException e) {
            for (Entry en : keysAssigned) {
                for (int i : en.state().mapper().primaryKeyIndexes()) {
                    en.state().mapper().property(i).set(en.obj(), null);
                }
            }
            throw e;
        }
    }

    /** Applies the new states, after {@link #execute()} succeeded. */
    public void complete() {
        completions.forEach(Runnable::run);
    }

    // ---- INSERT -------------------------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void fire(List<Entry> entries, String event) {
        Mapper last = null;
        boolean none = false;
        for (Entry e : entries) {
            Mapper m = e.state().mapper();
            if (m != last) {
                last = m;
                none = m.listeners().isEmpty();
            }
            if (none) {
                continue;
            }
            m.fire(e.obj(), (l, t) -> {
                MapperListener listener = (MapperListener) l;
                switch (event) {
                    case "beforeInsert" -> listener.beforeInsert(m, conn, t);
                    case "afterInsert" -> listener.afterInsert(m, conn, t);
                    case "beforeUpdate" -> listener.beforeUpdate(m, conn, t);
                    case "afterUpdate" -> listener.afterUpdate(m, conn, t);
                    case "beforeDelete" -> listener.beforeDelete(m, conn, t);
                    default -> listener.afterDelete(m, conn, t);
                }
            });
        }
    }

    private void insertAll(Table table, List<Entry> entries) {
        boolean events = insertMappers.stream().anyMatch(m -> !m.listeners().isEmpty());
        if (events) {
            fire(entries, "beforeInsert");
        }
        // rows with the same columns present batch together; the rest of a row's columns come from the database.
        // Groups are keyed by mapper (two mappers of one table may order their attributes differently) and the
        // present attributes as a bit mask; a row like the one before it skips the lookup.
        Map<List<Object>, InsertBatch> groups = new LinkedHashMap<>();
        InsertBatch last = null;
        for (Entry e : entries) {
            Mapper<?> m = e.state().mapper();
            int versionIndex = m.versionIndex();
            Object[] values = new Object[m.size()];
            long mask = 0;
            java.util.BitSet wide = m.size() > 64 ? new java.util.BitSet(m.size()) : null;
            for (int i = 0; i < m.size(); i++) {
                ColumnProperty p = m.property(i);
                Object v = p.get(e.obj());
                Column<?> c = p.column();
                if (v == null && i == versionIndex) {
                    p.set(e.obj(), 1);
                    v = p.get(e.obj());
                }
                if (v == null) {
                    ColumnDefault d = c.insertDefault();
                    if (d != null && d.expression() == null) {
                        v = d.generator().get();
                        p.set(e.obj(), v);
                        v = p.get(e.obj());
                    } else if (d != null || c.serverDefaultExpression() != null || c.serverDefaultLiteral() != null
                            || (c.isPrimaryKey() && isAutoincrement(table, c))) {
                        continue;
                    } else if (c.isPrimaryKey()) {
                        throw new FlushError("Instance " + InstanceState.describe(e.obj()) + " has a NULL identity key."
                                + "  If this is an auto-generated value, check that the database table allows generation"
                                + " of new primary key values, and that the mapped Column object is configured to"
                                + " expect these generated values.");
                    }
                }
                if (wide == null) {
                    mask |= 1L << i;
                } else {
                    wide.set(i);
                }
                values[i] = v;
            }
            InsertBatch batch = last != null && last.mapper == m
                    && (wide == null ? last.mask == mask : last.present.equals(wide)) ? last : null;
            if (batch == null) {
                java.util.BitSet present = wide != null ? wide : java.util.BitSet.valueOf(new long[] {mask});
                List<Object> key = List.of(m, present);
                batch = groups.get(key);
                if (batch == null) {
                    batch = new InsertBatch(m, present);
                    groups.put(key, batch);
                }
                last = batch;
            }
            batch.rows.add(values);
            batch.entries.add(e);
        }
        for (InsertBatch g : groups.values()) {
            insertGroup(table, g.keys, g.rows, g.entries);
        }
        if (events) {
            fire(entries, "afterInsert");
        }
    }

    private static boolean isAutoincrement(Table table, Column<?> c) {
        return table.autoincrementColumn() == c || (table.autoincrementColumn() != null
                && table.autoincrementColumn().key().equals(c.key()));
    }

    private void insertGroup(Table table, List<String> keys, List<Object[]> rows, List<Entry> entries) {
        Mapper<?> mapper = entries.get(0).state().mapper();
        org.jalchemy.sql.ColumnClause<?> autoinc = table.autoincrementColumn();
        boolean fetchKey = autoinc != null && !keys.contains(autoinc.key());
        int[] keyIndex = indexes(mapper, keys);
        if (!fetchKey) {
            Insert stmt = table.insert().values(nullValues(keys));
            conn.execute(stmt, paramSets(keys, keyIndex, rows));
        } else if (dialect.supportsInsertReturning() && !keys.isEmpty()) {
            int perPage = Math.max(1, Math.min(MAX_ROWS_PER_INSERT, maxParams() / Math.max(1, keys.size())));
            for (int from = 0; from < rows.size(); from += perPage) {
                int to = Math.min(rows.size(), from + perPage);
                List<Object[]> page = rows.subList(from, to);
                int size = page.size();
                // one statement of bind parameters per page size: built and compiled once, then only bound
                Insert stmt = size == perPage
                        ? mapper.statement(List.of("insertmany", keys, size), () -> pageInsert(table, mapper, keys, size, autoinc))
                        : pageInsert(table, mapper, keys, size, autoinc);
                String[][] names = size == perPage
                        ? mapper.statement(List.of("insertnames", keys, size), () -> bindNames(keys, size))
                        : bindNames(keys, size);
                Map<String, Object> params = size == perPage
                        ? new PageParams(mapper.statement(List.of("insertpositions", keys, size), () -> bindPositions(names)),
                                mapper.statement(List.of("insertorder", keys, size), () -> flatten(names)), keyIndex, page)
                        : pageParams(names, keyIndex, page);
                assignKeys(table, autoinc, entries.subList(from, to), firstColumn(conn.execute(stmt, params), size));
            }
        } else {
            List<Object> ids = new ArrayList<>(rows.size());
            for (Map<String, Object> params : paramSets(keys, keyIndex, rows)) {
                Insert stmt = params.isEmpty() ? table.insert() : table.insert().values(params);
                Row pk = conn.execute(stmt).insertedPrimaryKey();
                ids.add(pk == null ? null : pk.get(0));
            }
            assignKeys(table, autoinc, entries, ids);
        }
        boolean[] sent = sentFlags(mapper, keys);
        completions.add(() -> {
            for (int i = 0; i < entries.size(); i++) {
                persisted(entries.get(i), sent, rows.get(i));
            }
        });
    }

    /** Per attribute index: whether the INSERT sent it (else the database chose its value). */
    private static boolean[] sentFlags(Mapper<?> mapper, List<String> keys) {
        boolean[] sent = new boolean[mapper.size()];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = keys.contains(mapper.property(i).column().key());
        }
        return sent;
    }

    /** The rows of one INSERT group: same mapper, same attributes present. */
    private static final class InsertBatch {
        final Mapper<?> mapper;
        final java.util.BitSet present;
        /** {@link #present} as a mask, when the mapper has at most 64 attributes. */
        final long mask;
        final List<String> keys = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>();
        final List<Entry> entries = new ArrayList<>();

        InsertBatch(Mapper<?> mapper, java.util.BitSet present) {
            this.mapper = mapper;
            this.present = present;
            long[] words = present.toLongArray();
            this.mask = words.length == 0 ? 0 : words[0];
            for (int i = present.nextSetBit(0); i >= 0; i = present.nextSetBit(i + 1)) {
                keys.add(mapper.property(i).column().key());
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Insert pageInsert(Table table, Mapper<?> mapper, List<String> keys, int size,
            org.jalchemy.sql.ColumnClause<?> autoinc) {
        List<Map<String, Object>> rows = new ArrayList<>(size);
        for (int r = 0; r < size; r++) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (String k : keys) {
                row.put(k, bindparam(bindName(k, r), (TypeEngine) mapper.property(k).column().type()));
            }
            rows.add(row);
        }
        Insert ins = size == 1 ? table.insert().values(rows.get(0)) : table.insert().values(rows);
        return ins.returning(autoinc);
    }

    private static String bindName(String key, int row) {
        return key + "__" + row;
    }

    private static String[][] bindNames(List<String> keys, int size) {
        String[][] names = new String[size][keys.size()];
        for (int r = 0; r < size; r++) {
            for (int k = 0; k < keys.size(); k++) {
                names[r][k] = bindName(keys.get(k), r);
            }
        }
        return names;
    }

    private static Map<String, Object> pageParams(String[][] names, int[] index, List<Object[]> page) {
        Map<String, Object> p = new HashMap<>(page.size() * index.length * 2);
        for (int r = 0; r < page.size(); r++) {
            Object[] row = page.get(r);
            String[] n = names[r];
            for (int k = 0; k < index.length; k++) {
                p.put(n[k], row[index[k]]);
            }
        }
        return p;
    }

    /** The bind names of a page, row by row. */
    private static String[] flatten(String[][] names) {
        return java.util.Arrays.stream(names).flatMap(java.util.Arrays::stream).toArray(String[]::new);
    }

    /** Where each bind name of a full page sits: row {@code i / width}, key {@code i % width}. */
    private static Map<String, Integer> bindPositions(String[][] names) {
        Map<String, Integer> positions = new HashMap<>(names.length * Math.max(1, names[0].length) * 2);
        int i = 0;
        for (String[] row : names) {
            for (String n : row) {
                positions.put(n, i++);
            }
        }
        return positions;
    }

    /**
     * The parameters of a full page as a read-only view over its rows: the compiler asks each bind name once,
     * and a map built per page (thousands of puts) cost more than the statement's binding.
     */
    private static final class PageParams extends java.util.AbstractMap<String, Object>
            implements org.jalchemy.sql.compiler.OrderedParameters {
        private final Map<String, Integer> positions;
        private final String[] order;
        private final int[] index;
        private final List<Object[]> page;

        PageParams(Map<String, Integer> positions, String[] order, int[] index, List<Object[]> page) {
            this.positions = positions;
            this.order = order;
            this.index = index;
            this.page = page;
        }

        // the compiled page binds by position: its placeholders are the page's names, row by row
        @Override
        public String[] names() {
            return order;
        }

        @Override
        public Object valueAt(int i) {
            return page.get(i / index.length)[index[i % index.length]];
        }

        @Override
        public boolean containsKey(Object key) {
            return positions.containsKey(key);
        }

        @Override
        public Object get(Object key) {
            Integer at = positions.get(key);
            if (at == null) {
                return null;
            }
            return page.get(at / index.length)[index[at % index.length]];
        }

        @Override
        public int size() {
            return positions.size();
        }

        @Override
        public java.util.Set<Map.Entry<String, Object>> entrySet() {
            Map<String, Object> copy = new LinkedHashMap<>();
            for (String name : positions.keySet()) {
                copy.put(name, get(name));
            }
            return copy.entrySet();
        }
    }

    private int maxParams() {
        int max = dialect.maxBindParameters();
        return max <= 0 ? 999 : max;
    }

    /** The first column of every row of {@code result}, read without a {@link Row} per row (a page of keys). */
    private static List<Object> firstColumn(org.jalchemy.engine.Result result, int expected) {
        List<Object> out = new ArrayList<>(expected);
        try (result) {
            Object[] row = new Object[result.width()];
            while (result.fetchValuesInto(row)) {
                out.add(row[0]);
            }
        }
        return out;
    }

    private void assignKeys(Table table, org.jalchemy.sql.ColumnClause<?> autoinc, List<Entry> entries, List<Object> ids) {
        if (ids.size() != entries.size()) {
            throw new FlushError("INSERT into table '" + table.name() + "' returned " + ids.size()
                    + " generated keys for " + entries.size() + " rows");
        }
        List<Object> sorted = ids;
        if (!ascending(ids) && ids.stream().allMatch(v -> v instanceof Number)) {
            // RETURNING order is not promised; generated integers grow in VALUES order
            sorted = new ArrayList<>(ids);
            sorted.sort(Comparator.comparingLong(v -> ((Number) v).longValue()));
        }
        ColumnProperty key = entries.isEmpty() ? null : entries.get(0).state().mapper().property(autoinc.key());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            key.set(e.obj(), sorted.get(i));
            e.state().autoGeneratedKey(true);
            keysAssigned.add(e);
        }
    }

    /** Whether {@code ids} are numbers in ascending order already (as every database here returns them). */
    private static boolean ascending(List<Object> ids) {
        long previous = Long.MIN_VALUE;
        for (Object id : ids) {
            if (!(id instanceof Number n) || n.longValue() < previous) {
                return false;
            }
            previous = n.longValue();
        }
        return true;
    }

    /**
     * The committed values of an inserted object are the values sent ({@code sentValues}, which becomes the
     * state's array), the keys the database generated, and EXPIRED for what the database filled in.
     */
    private static void persisted(Entry e, boolean[] sent, Object[] sentValues) {
        Mapper<?> m = e.state().mapper();
        Object[] committed = sentValues;
        for (int i = 0; i < committed.length; i++) {
            if (!sent[i]) {
                ColumnProperty p = m.property(i);
                committed[i] = p.column().isPrimaryKey() ? p.get(e.obj()) : InstanceState.EXPIRED;
            }
        }
        e.state().persistent(m.identityOf(e.obj()), committed);
    }

    // ---- UPDATE -------------------------------------------------------------------------------------------

    private void updateAll(Table table, List<Entry> entries) {
        fire(entries, "beforeUpdate");
        Map<List<Integer>, List<Entry>> groups = new LinkedHashMap<>();
        List<Entry> updated = new ArrayList<>();
        Map<Entry, Object> seenVersions = null;
        for (Entry e : entries) {
            List<Integer> changed = changedIndexes(e);
            if (!changed.isEmpty()) {
                int vi = e.state().mapper().versionIndex();
                if (vi >= 0) {
                    if (seenVersions == null) {
                        seenVersions = new java.util.IdentityHashMap<>();
                    }
                    seenVersions.put(e, nextVersion(e, vi, changed));
                }
                groups.computeIfAbsent(changed, k -> new ArrayList<>()).add(e);
                updated.add(e);
            }
        }
        for (Map.Entry<List<Integer>, List<Entry>> g : groups.entrySet()) {
            updateGroup(table, g.getKey(), g.getValue(), seenVersions);
        }
        fire(updated, "afterUpdate");
    }

    /** Indexes of attributes whose value differs from the committed one (plus onupdate columns), ascending. */
    public static List<Integer> changedIndexes(Entry e) {
        InstanceState s = e.state();
        Mapper<?> m = s.mapper();
        List<Integer> changed = new ArrayList<>();
        if (s.isSnapshotDeferred()) {
            // nothing was written through a setter or by the ORM since loading, so nothing differs; asking for the
            // committed values would copy them (Session.dirty() over a big session would undo the deferral)
            return changed;
        }
        for (int i = 0; i < m.size(); i++) {
            Object committed = s.committed(i);
            if (committed == InstanceState.EXPIRED) {
                continue;
            }
            Object now = m.property(i).get(e.obj());
            if (committed == InstanceState.UNKNOWN || !equal(now, committed)) {
                changed.add(i);
            }
        }
        if (!changed.isEmpty()) {
            for (int i = 0; i < m.size(); i++) {
                ColumnDefault d = m.property(i).column().updateDefault();
                if (d != null && d.generator() != null && !changed.contains(i)) {
                    m.property(i).set(e.obj(), d.generator().get());
                    changed.add(i);
                }
            }
            changed.sort(null);
        }
        return changed;
    }

    /**
     * Sets the next version on a changed object (unless the code set one itself) and answers the version it had
     * seen, which the UPDATE must match; {@code changed} gains the counter.
     */
    private Object nextVersion(Entry e, int vi, List<Integer> changed) {
        ColumnProperty p = e.state().mapper().property(vi);
        Object seen = seenVersion(e, vi);
        if (!changed.contains(vi)) {
            if (seen == null) {
                throw new FlushError("Instance " + InstanceState.describe(e.obj()) + " has a NULL version counter '"
                        + p.name() + "'; a versioned row needs one to be updated");
            }
            p.set(e.obj(), ((Number) seen).longValue() + 1);
            changed.add(vi);
            changed.sort(null);
        }
        return seen;
    }

    /**
     * The version the object last saw: its committed value. When that is expired (after a commit or rollback, or
     * written while expired) the field may hold a number the database never kept, so the row's is read now, as
     * SQLAlchemy loads an expired version counter; a row that is gone is stale.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object seenVersion(Entry e, int vi) {
        Object committed = e.state().committed(vi);
        if (committed != InstanceState.EXPIRED && committed != InstanceState.UNKNOWN) {
            return committed;
        }
        Mapper<?> m = e.state().mapper();
        Select q = select(m.property(vi).column());
        for (int i : m.primaryKeyIndexes()) {
            q = q.where(((Column) m.property(i).column()).eq(seenKey(e, i)));
        }
        Row row = conn.execute(q).first();
        if (row == null) {
            throw new StaleDataError("The row of " + InstanceState.describe(e.obj()) + " in table '"
                    + m.table().name() + "' is gone: another transaction deleted it or changed its key");
        }
        return row.get(0);
    }

    /** A primary key attribute's committed value; an expired key still holds its loaded value in the field. */
    private static Object seenKey(Entry e, int i) {
        Object committed = e.state().committed(i);
        return committed == InstanceState.EXPIRED || committed == InstanceState.UNKNOWN
                ? e.state().mapper().property(i).get(e.obj()) : committed;
    }

    /** {@code column = :_pk_<key>}: the row's key, or its version, as the object last saw it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ColumnElement<Boolean> matchesSeen(Column column) {
        return column.eq(bindparam(PK_PREFIX + column.key(), (TypeEngine) column.type()));
    }

    private static boolean equal(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void updateGroup(Table table, List<Integer> changed, List<Entry> entries, Map<Entry, Object> seenVersions) {
        Mapper<?> m = entries.get(0).state().mapper();
        int[] pk = m.primaryKeyIndexes();
        Map<String, Object> set = new LinkedHashMap<>();
        for (int i : changed) {
            set.put(m.property(i).column().key(), null);
        }
        Update stmt = table.update().values(set);
        for (int i : pk) {
            stmt = stmt.where(matchesSeen(m.property(i).column()));
        }
        int vi = m.versionIndex();
        if (vi >= 0) {
            stmt = stmt.where(matchesSeen(m.property(vi).column()));
        }
        List<Map<String, Object>> params = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> p = new HashMap<>();
            for (int i : changed) {
                p.put(m.property(i).column().key(), m.property(i).get(e.obj()));
            }
            for (int i : pk) {
                p.put(PK_PREFIX + m.property(i).column().key(), seenKey(e, i));
            }
            if (vi >= 0) {
                p.put(PK_PREFIX + m.property(vi).column().key(), seenVersions.get(e));
            }
            params.add(p);
        }
        Result r = conn.execute(stmt, params);
        long count = r.rowcount();
        if (count < 0 && vi >= 0) {
            warnUnverifiedVersions(table, "UPDATE");
        }
        if (count >= 0 && count != entries.size()) {
            throw new StaleDataError("UPDATE statement on table '" + table.name() + "' expected to update "
                    + entries.size() + " row(s); " + count + " were matched.");
        }
        for (Entry e : entries) {
            completions.add(() -> {
                for (int i : changed) {
                    e.state().committed(i, m.property(i).get(e.obj()));
                }
                e.state().clearModified();
            });
        }
    }

    // ---- DELETE -------------------------------------------------------------------------------------------

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAll(Table table, List<Entry> entries) {
        fire(entries, "beforeDelete");
        Mapper<?> m = entries.get(0).state().mapper();
        int[] pk = m.primaryKeyIndexes();
        Delete stmt = table.delete();
        List<ColumnElement<Boolean>> where = new ArrayList<>();
        for (int i : pk) {
            where.add(matchesSeen(m.property(i).column()));
        }
        int vi = m.versionIndex();
        if (vi >= 0) {
            where.add(matchesSeen(m.property(vi).column()));
        }
        stmt = stmt.where(where.size() == 1 ? where.get(0) : and(where.toArray(ColumnElement[]::new)));
        List<Map<String, Object>> params = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            Map<String, Object> p = new HashMap<>();
            for (int i : pk) {
                p.put(PK_PREFIX + m.property(i).column().key(), seenKey(e, i));
            }
            if (vi >= 0) {
                p.put(PK_PREFIX + m.property(vi).column().key(), seenVersion(e, vi));
            }
            params.add(p);
        }
        Result r = conn.execute(stmt, params);
        long count = r.rowcount();
        if (count < 0 && vi >= 0) {
            warnUnverifiedVersions(table, "DELETE");
        }
        if (count >= 0 && count != entries.size()) {
            throw new StaleDataError("DELETE statement on table '" + table.name() + "' expected to delete "
                    + entries.size() + " row(s); Only " + count + " were matched.");
        }
        for (Entry e : entries) {
            completions.add(() -> e.state().markDeleted());
        }
        fire(entries, "afterDelete");
    }

    /**
     * Per engine, the tables and statement kinds already warned about, so a warning is logged once per engine, not on
     * every flush; weak, so a disposed engine's entry goes with it.
     */
    private static final Map<Object, Set<String>> WARNED = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /**
     * The driver did not report how many rows a batch matched (-1 or SUCCESS_NO_INFO, as MariaDB's bulk protocol
     * does), so a stale version cannot be detected: logged, as SQLAlchemy warns, instead of passing in silence.
     */
    private void warnUnverifiedVersions(Table table, String kind) {
        Set<String> warned = WARNED.computeIfAbsent(conn.engine(), k -> java.util.concurrent.ConcurrentHashMap.newKeySet());
        if (warned.add(table.schema() + "." + table.name() + "/" + kind)) {
            LOG.warn("The driver does not report matched row counts for batched {} statements on table '{}'; version"
                    + " counters cannot be verified for them (MariaDB: leave useBulkStmts off)", kind, table.name());
        }
    }

    // ---- association (secondary) rows ---------------------------------------------------------------------

    private static Map<List<String>, List<Map<String, Object>>> distinctRows(
            List<java.util.function.Supplier<Map<String, Object>>> suppliers) {
        Set<Map<String, Object>> seen = new java.util.HashSet<>();
        Map<List<String>, List<Map<String, Object>>> byKeys = new LinkedHashMap<>();
        for (java.util.function.Supplier<Map<String, Object>> s : suppliers) {
            Map<String, Object> row = s.get();
            Map<String, Object> normalized = new HashMap<>();
            row.forEach((k, v) -> normalized.put(k, Mapper.normalize(v)));
            if (seen.add(normalized)) {
                byKeys.computeIfAbsent(new ArrayList<>(new java.util.TreeSet<>(row.keySet())), k -> new ArrayList<>())
                        .add(row);
            }
        }
        return byKeys;
    }

    private void insertAssociations(Table table, List<java.util.function.Supplier<Map<String, Object>>> rows) {
        distinctRows(rows).forEach((keys, params) -> conn.execute(table.insert().values(nullValues(keys)), params));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void deleteAssociations(Table table, List<java.util.function.Supplier<Map<String, Object>>> rows) {
        distinctRows(rows).forEach((keys, params) -> {
            List<ColumnElement<Boolean>> where = new ArrayList<>();
            for (String k : keys) {
                Column c = table.c(k);
                where.add(c.eq(bindparam(PK_PREFIX + k, (TypeEngine) c.type())));
            }
            Delete stmt = table.delete().where(where.size() == 1 ? where.get(0) : and(where.toArray(ColumnElement[]::new)));
            List<Map<String, Object>> bound = new ArrayList<>();
            for (Map<String, Object> p : params) {
                Map<String, Object> b = new HashMap<>();
                p.forEach((k, v) -> b.put(PK_PREFIX + k, v));
                bound.add(b);
            }
            conn.execute(stmt, bound);
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private static int[] indexes(Mapper<?> m, List<String> keys) {
        int[] out = new int[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            out[k] = m.property(keys.get(k)).index();
        }
        return out;
    }

    private static Map<String, Object> nullValues(List<String> keys) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (String k : keys) {
            m.put(k, null);
        }
        return m;
    }

    private static List<Map<String, Object>> paramSets(List<String> keys, int[] index, List<Object[]> rows) {
        List<Map<String, Object>> out = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            Map<String, Object> p = new LinkedHashMap<>();
            for (int k = 0; k < keys.size(); k++) {
                p.put(keys.get(k), row[index[k]]);
            }
            out.add(p);
        }
        return out;
    }
}
