package org.jalchemy.orm;

import static org.jalchemy.Jalchemy.func;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jalchemy.Jalchemy;
import org.jalchemy.engine.Connection;
import org.jalchemy.engine.Engine;
import org.jalchemy.engine.NestedTransaction;
import org.jalchemy.engine.Result;
import org.jalchemy.engine.Row;
import org.jalchemy.exc.InvalidRequestError;
import org.jalchemy.exc.PendingRollbackError;
import org.jalchemy.orm.exc.ObjectDeletedError;
import org.jalchemy.orm.loading.IdentityMap;
import org.jalchemy.orm.loading.Loader;
import org.jalchemy.orm.mapping.ColumnProperty;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.mapping.Mappers;
import org.jalchemy.orm.mapping.RelationshipProperty;
import org.jalchemy.orm.state.InstrumentedCollection;
import org.jalchemy.orm.unitofwork.DependencyProcessor;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.orm.state.InstanceState.Status;
import org.jalchemy.orm.state.OwnerLink;
import org.jalchemy.orm.state.StateOwner;
import org.jalchemy.orm.state.StateRegistry;
import org.jalchemy.orm.unitofwork.ObjectsInOrder;
import org.jalchemy.orm.unitofwork.UnitOfWork;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Select;
import org.jalchemy.types.TypeEngine;
import org.jalchemy.sql.Update;

/**
 * The ORM's unit of work and transaction: holds added, loaded, changed and deleted objects (one object per
 * row, in its identity map), flushes them in one transaction on {@link #commit()}, loads objects through
 * {@link #query}/{@link #execute(OrmSelect)}/{@link #get}. Mirrors {@code sqlalchemy.orm.Session}; not
 * thread-safe (use one per thread, see {@link ScopedSession}).
 * <pre>{@code
 * try (Session session = sessionMaker.get()) { session.add(new User("ed")); session.commit(); }
 * User ed = session.query(User.class).filterBy("name", "ed").one();
 * }</pre>
 */
public class Session implements AutoCloseable, StateOwner {
    private final Engine bind;
    private final boolean expireOnCommit;
    private final boolean autoflush;

    private Connection conn;
    private final IdentityMap identityMap = new IdentityMap();
    /** Pending objects, in add order: the order of their INSERTs within a table. */
    private final ObjectsInOrder pending = new ObjectsInOrder();
    private final ObjectsInOrder deleted = new ObjectsInOrder();
    private final List<UnitOfWork.Entry> modified = new ArrayList<>();
    /** Objects inserted or deleted by flushes of the current transaction, undone in memory by rollback. */
    private final ArrayList<Object> insertedInTransaction = new ArrayList<>();
    private final List<Object> deletedInTransaction = new ArrayList<>();
    private final List<SessionListener> listeners = new ArrayList<>();
    /** Replaced by expire-all and expunge-all, which apply to each object lazily through it (see OwnerLink). */
    private OwnerLink link = new OwnerLink(this);
    private RuntimeException flushFailure;
    /** Whether {@link #flushFailure} came from COMMIT rather than from a flush. */
    private boolean failedInCommit;
    private final java.util.concurrent.atomic.AtomicReference<Thread> user = new java.util.concurrent.atomic.AtomicReference<>();
    private int depth;
    /** Open savepoints, innermost first: a failed flush rolls back only the innermost. */
    private final java.util.ArrayDeque<SessionSavepoint> savepoints = new java.util.ArrayDeque<>();
    private boolean flushing;
    /** While flush repeats the save-update walk: reaching a deleted object then must not undo its deletion. */
    private boolean cascadeWalk;
    private int noAutoflush;

    Session(Engine bind, boolean expireOnCommit, boolean autoflush, List<SessionListener> listeners) {
        this.bind = bind;
        this.expireOnCommit = expireOnCommit;
        this.autoflush = autoflush;
        this.listeners.addAll(listeners);
    }

    /** Adds a listener for this session's flush, commit and rollback events. */
    public void listen(SessionListener listener) {
        listeners.add(listener);
    }

    /** A session on {@code engine} with default settings (expire on commit, autoflush). */
    public Session(Engine engine) {
        this(engine, true, true, List.of());
    }

    public Engine bind() {
        return bind;
    }

    // ---- adding and removing objects ----------------------------------------------------------------------

    /** Places {@code obj} in the session: pending until flushed if new, persistent again if detached. */
    public void add(Object obj) {
        Mappers.configure();
        InstanceState state = StateRegistry.lookup(obj);
        if (state == null) {
            state = new InstanceState(Mappers.ofObject(obj));
            StateRegistry.register(obj, state);
        }
        if (state.owner() == this) {
            if (state.status() == Status.DELETED || deleted.containsKey(obj)) {
                deleted.remove(obj);
            }
            return;
        }
        if (state.owner() != null) {
            throw new InvalidRequestError("Object '" + InstanceState.describe(obj) + "' is already attached to"
                    + " another session");
        }
        if (state.identity() == null || state.status() == Status.TRANSIENT) {
            state.attach(this, Status.PENDING);
            pending.put(obj, state);
            cascadeSaveUpdate(obj, state);
        } else {
            Object other = identityMap.get(state.mapper(), state.identity());
            if (other != null && other != obj) {
                throw new InvalidRequestError("Can't attach instance " + InstanceState.describe(obj) + "; another"
                        + " instance with key " + state.identity() + " is already present in this session.");
            }
            state.attach(this, Status.PERSISTENT);
            identityMap.put(state.mapper(), state.identity(), obj, state);
            if (state.isModified()) {
                modified.add(new UnitOfWork.Entry(obj, state));
            }
            cascadeSaveUpdate(obj, state);
        }
    }

    /** Adds the objects {@code obj} holds in loaded save-update relationships (SQLAlchemy's save-update cascade). */
    private void cascadeSaveUpdate(Object obj, InstanceState state) {
        Mapper<?> m = state.mapper();
        if (!m.hasRelationships()) {
            return;
        }
        for (RelationshipProperty p : m.relationships()) {
            if (!p.cascade().saveUpdate() || !state.isRelationshipLoaded(p.index())) {
                continue;
            }
            Object raw = p.get(obj);
            if (raw instanceof Collection<?> c) {
                for (Object item : new ArrayList<>(c)) {
                    cascadeAdd(obj, p, item);
                }
            } else if (raw != null) {
                cascadeAdd(obj, p, raw);
            }
        }
    }

    @Override
    public void cascadeAdd(Object owner, RelationshipProperty prop, Object item) {
        InstanceState s = StateRegistry.lookup(item);
        if (s == null || s.owner() != this) {
            add(item);
        } else if (!cascadeWalk && (s.status() == Status.DELETED || deleted.containsKey(item))) {
            // attached to a parent again before the flush (SQLAlchemy's add of a deleted object): kept
            deleted.remove(item);
        }
    }

    public void addAll(Collection<?> objs) {
        for (Object o : objs) {
            add(o);
        }
    }

    /** Marks a persistent object for deletion at the next flush; a pending one is simply expunged. */
    public void delete(Object obj) {
        InstanceState state = requireState(obj);
        if (state.owner() != this && state.owner() != null) {
            throw new InvalidRequestError("Object '" + InstanceState.describe(obj) + "' is attached to another session");
        }
        if (state.status() == Status.PENDING) {
            expunge(obj);
            return;
        }
        if (state.identity() == null) {
            throw new InvalidRequestError("Instance '" + InstanceState.describe(obj) + "' is not persisted");
        }
        if (state.owner() == null) {
            add(obj);
        }
        if (deleted.put(obj, state) == null) {
            cascadeDelete(obj, state);
        }
    }

    /** Deletes the related objects of relationships with delete cascade, loading them first if needed. */
    private void cascadeDelete(Object obj, InstanceState state) {
        if (!state.mapper().hasRelationships()) {
            return;
        }
        for (RelationshipProperty p : state.mapper().relationships()) {
            boolean oneToMany = p.direction() == org.jalchemy.orm.mapping.RelationshipDirection.ONE_TO_MANY;
            if (!p.cascade().delete() && !oneToMany) {
                continue;
            }
            if (!state.isRelationshipLoaded(p.index())) {
                // the children must be known: deleted with it, or their foreign key cleared at flush;
                // no autoflush, which would send this DELETE before the children's
                noAutoflush(() -> loadRelationship(state, obj, p));
            }
            if (!p.cascade().delete()) {
                continue;
            }
            Object raw = p.get(obj);
            for (Object child : raw instanceof Collection<?> c ? new ArrayList<>(c) : raw == null ? List.of() : List.of(raw)) {
                InstanceState cs = StateRegistry.lookup(child);
                if (cs != null && cs.owner() == this && !deleted.containsKey(child)) {
                    delete(child);
                }
            }
        }
    }

    /** Removes {@code obj} from the session without touching the database. */
    public void expunge(Object obj) {
        InstanceState state = requireState(obj);
        if (state.owner() != this) {
            throw new InvalidRequestError("Instance " + InstanceState.describe(obj) + " is not present in this Session");
        }
        pending.remove(obj);
        deleted.remove(obj);
        if (state.identity() != null) {
            identityMap.remove(state.mapper(), state.identity());
        }
        state.detach();
    }

    /** Removes every object from the session. */
    public void expungeAll() {
        // every object attached through the cleared link now reads as detached (or transient, if never flushed)
        link = link.detachAll();
        identityMap.clear();
        pending.clear();
        deleted.clear();
        modified.clear();
    }

    /** Whether {@code obj} belongs to this session. */
    public boolean contains(Object obj) {
        InstanceState s = StateRegistry.lookup(obj);
        return s != null && s.owner() == this && s.status() != Status.DELETED;
    }

    /** Pending objects (SQLAlchemy's {@code session.new}). */
    public List<Object> newObjects() {
        return pending.objects();
    }

    /** Objects marked for deletion. */
    public List<Object> deletedObjects() {
        return deleted.objects();
    }

    /** Persistent objects with changed attributes (SQLAlchemy's {@code session.dirty}). */
    public List<Object> dirty() {
        List<Object> out = new ArrayList<>();
        for (IdentityMap.Tracked t : identityMap.entriesWithOwnState()) {
            if (t.state().status() == Status.PERSISTENT
                    && !UnitOfWork.changedIndexes(new UnitOfWork.Entry(t.obj(), t.state())).isEmpty()) {
                out.add(t.obj());
            }
        }
        return out;
    }

    /** Whether a persistent object has attribute values that differ from those last loaded or flushed. */
    public boolean isModified(Object obj) {
        InstanceState s = requireState(obj);
        return s.status() == Status.PERSISTENT
                && !UnitOfWork.changedIndexes(new UnitOfWork.Entry(obj, s)).isEmpty();
    }

    // ---- loading ------------------------------------------------------------------------------------------

    /** The object with this primary key: from the identity map when present, else loaded; null if no row. */
    public <T> T get(Class<T> entity, Object id) {
        enter();
        try {
            Mapper<T> mapper = Mappers.of(entity);
            Object key = mapper.identityOfKey(id);
            IdentityMap.Tracked tracked = identityMap.trackedUnlessShared(mapper, key);
            if (tracked != null && tracked.state() == null) {
                // loaded and unwritten (so not deleted), nothing expired since: no state of its own to make
                return entity.cast(tracked.obj());
            }
            if (tracked != null) {
                Object obj = tracked.obj();
                InstanceState s = tracked.state();
                if (deleted.containsKey(obj)) {
                    return null;
                }
                if (s.hasExpired()) {
                    try {
                        loadExpired(s, obj);
                    } catch (ObjectDeletedError e) {
                        return null;
                    }
                }
                return entity.cast(obj);
            }
            return loadByIdentity(mapper, key);
        } finally {
            exit();
        }
    }

    /**
     * The SELECT of {@code get()} on a miss: one statement per mapper with the key as bind parameters, built
     * and compiled once (SQLAlchemy caches its "load on pk" query the same way); only the values change.
     */
    private <T> T loadByIdentity(Mapper<T> mapper, Object key) {
        Mappers.configure();
        autoflushIfEnabled();
        return Loader.first(this, identityMap, mapper,
                connection().execute(identitySelect(mapper), identityParameters(mapper, key)));
    }

    /** The mapper's columns for one identity, the key as bind parameters {@code pk_0, pk_1...}; built once. */
    private static Select identitySelect(Mapper<?> mapper) {
        return mapper.statement("get-by-identity", () -> {
            int[] pk = mapper.primaryKeyIndexes();
            List<ColumnElement<Boolean>> criteria = new ArrayList<>();
            for (int i = 0; i < pk.length; i++) {
                @SuppressWarnings({"unchecked", "rawtypes"})
                ColumnElement<Boolean> c = ((ColumnElement) mapper.property(pk[i]).column())
                        .eq(Jalchemy.bindparam("pk_" + i, (TypeEngine) mapper.property(pk[i]).column().type()));
                criteria.add(c);
            }
            return Jalchemy.select(mapper.columns()).where(criteria.size() == 1 ? criteria.get(0)
                    : Jalchemy.and(criteria.toArray(ColumnElement[]::new)));
        });
    }

    /** The bind parameters of {@link #identitySelect} for {@code key}. */
    private static Map<String, Object> identityParameters(Mapper<?> mapper, Object key) {
        int[] pk = mapper.primaryKeyIndexes();
        if (pk.length == 1) {
            return Map.of("pk_0", keyValue(mapper, pk[0], key));
        }
        List<?> parts = (List<?>) key;
        Map<String, Object> params = new java.util.HashMap<>();
        for (int i = 0; i < pk.length; i++) {
            params.put("pk_" + i, keyValue(mapper, pk[i], parts.get(i)));
        }
        return params;
    }

    /** A key part in the column's Java type: identities hold integers as {@code Integer} where they fit. */
    private static Object keyValue(Mapper<?> mapper, int index, Object part) {
        Class<?> type = mapper.property(index).column().type().javaType();
        if (part instanceof Integer i && type == Long.class) {
            return i.longValue();
        }
        if (part instanceof Long l && type == Integer.class && l == l.intValue()) {
            // beyond int range the Long is bound as given: it matches no row, as SQLAlchemy's get() finds none
            return l.intValue();
        }
        return part;
    }

    /** A 1.x-style query of {@code entity}. */
    public <T> Query<T> query(Class<T> entity) {
        return new Query<>(this, OrmSelect.of(entity));
    }

    /**
     * A 1.x-style query of several entities and/or columns, returning {@link OrmRow}s:
     * {@code session.query(Address.class, User.class).join(User.class)},
     * {@code session.query(Parent.NAME, func.count(Child.ID))}.
     */
    public Query<OrmRow> query(Object first, Object... more) {
        return new Query<>(this, OrmSelect.rowsOf(first, more));
    }

    /** Runs an entity SELECT (autoflushing first) and returns its objects. */
    public <T> ScalarList<T> execute(OrmSelect<T> select) {
        enter();
        try {
            Mappers.configure();
            autoflushIfEnabled();
            Result r = connection().execute(select.toCore());
            if (select.isRows()) {
                return new ScalarList<>(select.rows(this, identityMap, r));
            }
            return new ScalarList<>(Loader.instances(this, identityMap, select.mapper(), r));
        } finally {
            exit();
        }
    }

    /** {@link #execute(OrmSelect)}, named as SQLAlchemy's {@code session.scalars(select(User))}. */
    public <T> ScalarList<T> scalars(OrmSelect<T> select) {
        return execute(select);
    }

    /** Runs an ORM bulk DELETE; returns the number of rows deleted. */
    public long execute(OrmDelete<?> delete) {
        return bulkDelete(delete.criteria(), delete.sync());
    }

    /** Runs an ORM bulk UPDATE; returns the number of rows matched. */
    public long execute(OrmUpdate<?> update) {
        if (update.values().isEmpty()) {
            throw new InvalidRequestError("update() needs values(...)");
        }
        return bulkUpdate(update.criteria(), update.values(), update.sync());
    }

    /** Runs a Core statement (a column SELECT, a bulk DML, text) in the session's transaction, after autoflush. */
    public Result execute(Executable statement) {
        autoflushIfEnabled();
        return connection().execute(statement);
    }

    public Result execute(Executable statement, Map<String, ?> parameters) {
        enter();
        try {
            autoflushIfEnabled();
            return connection().execute(statement, parameters);
        } finally {
            exit();
        }
    }

    long count(OrmSelect<?> select) {
        autoflushIfEnabled();
        if (select.hasLimitOrOffset() || select.isRows() || select.hasJoins()) {
            // SQLAlchemy's count(): SELECT count(*) FROM (the query) AS anon_1
            Select wrapped = Jalchemy.select(func.count()).selectFrom(select.toCore().subquery());
            return ((Number) connection().execute(wrapped).scalarOne()).longValue();
        }
        Select s = Jalchemy.select(func.count()).selectFrom(select.mapper().table());
        ColumnElement<Boolean> where = select.whereClause();
        if (where != null) {
            s = s.where(where);
        }
        return ((Number) connection().execute(s).scalarOne()).longValue();
    }

    /** The evaluator for {@code sync}, or null to fetch (or do nothing, for FALSE). */
    private static CriteriaEvaluator evaluator(OrmSelect<?> select, Query.SynchronizeSession sync) {
        if (sync != Query.SynchronizeSession.EVALUATE && sync != Query.SynchronizeSession.AUTO) {
            return null;
        }
        CriteriaEvaluator e = CriteriaEvaluator.compile(select.mapper(), select.whereClause());
        if (e == null && sync == Query.SynchronizeSession.EVALUATE) {
            throw new InvalidRequestError("Could not evaluate current criteria in Java: the criteria use operators"
                    + " or expressions the evaluator does not support. Specify 'fetch' or False for the"
                    + " synchronize_session execution option.");
        }
        return e;
    }

    private boolean fetches(Query.SynchronizeSession sync, CriteriaEvaluator evaluator) {
        return sync == Query.SynchronizeSession.FETCH || (sync == Query.SynchronizeSession.AUTO && evaluator == null);
    }

    /** Objects of the mapper in the session whose match the evaluator decides (true) or cannot (null). */
    private List<IdentityMap.Tracked> evaluated(CriteriaEvaluator evaluator, Mapper<?> mapper, List<IdentityMap.Tracked> unknown) {
        List<IdentityMap.Tracked> out = new ArrayList<>();
        for (IdentityMap.Tracked t : identityMap.entries(mapper)) {
            Boolean m = evaluator.matches(t.obj(), t.state());
            if (m == null) {
                unknown.add(t);
            } else if (m) {
                out.add(t);
            }
        }
        return out;
    }

    long bulkDelete(OrmSelect<?> select, Query.SynchronizeSession sync) {
        autoflushIfEnabled();
        CriteriaEvaluator evaluator = evaluator(select, sync);
        List<Object> matched = fetches(sync, evaluator) ? matchedInSession(select) : new ArrayList<>();
        if (evaluator != null) {
            List<IdentityMap.Tracked> unknown = new ArrayList<>();
            for (IdentityMap.Tracked t : evaluated(evaluator, select.mapper(), unknown)) {
                matched.add(t.obj());
            }
            // cannot tell: expired, so a later access finds out (ObjectDeletedError if the row is gone)
            unknown.forEach(t -> t.state().expire());
        }
        Delete d = Jalchemy.delete(select.mapper().table());
        if (select.whereClause() != null) {
            d = d.where(select.whereClause());
        }
        long n = connection().execute(d).rowcount();
        for (Object o : matched) {
            InstanceState s = StateRegistry.lookup(o);
            identityMap.remove(s.mapper(), s.identity());
            deleted.remove(o);
            s.markDeleted();
            deletedInTransaction.add(o);
        }
        return n;
    }

    long bulkUpdate(OrmSelect<?> select, Map<String, ?> values, Query.SynchronizeSession sync) {
        autoflushIfEnabled();
        CriteriaEvaluator evaluator = evaluator(select, sync);
        List<Object> matched = fetches(sync, evaluator) ? matchedInSession(select) : List.of();
        List<IdentityMap.Tracked> unknown = new ArrayList<>();
        List<IdentityMap.Tracked> evaluatedMatches = evaluator == null ? List.of()
                : evaluated(evaluator, select.mapper(), unknown);
        Mapper<?> mapper = select.mapper();
        Map<String, Object> byKey = new LinkedHashMap<>();
        int[] touched = new int[values.size()];
        int k = 0;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            ColumnProperty p = mapper.property(e.getKey());
            byKey.put(p.column().key(), e.getValue());
            touched[k++] = p.index();
        }
        Update u = Jalchemy.update(mapper.table()).values(byKey);
        if (select.whereClause() != null) {
            u = u.where(select.whereClause());
        }
        long n = connection().execute(u).rowcount();
        for (Object o : matched) {
            StateRegistry.lookup(o).expire(touched);
        }
        for (IdentityMap.Tracked t : unknown) {
            t.state().expire(touched);
        }
        for (IdentityMap.Tracked t : evaluatedMatches) {
            // the new values become the committed ones; SQL expressions are left for the database to say
            for (Map.Entry<String, ?> e : values.entrySet()) {
                ColumnProperty p = mapper.property(e.getKey());
                if (e.getValue() instanceof ColumnElement<?>) {
                    t.state().expire(p.index());
                } else if (!t.state().isExpired(p.index())) {
                    p.set(t.obj(), e.getValue());
                    t.state().committed(p.index(), p.get(t.obj()));
                }
            }
        }
        return n;
    }

    /** Objects of the session whose rows match {@code select}, found by selecting primary keys. */
    private List<Object> matchedInSession(OrmSelect<?> select) {
        Mapper<?> m = select.mapper();
        List<Object> cols = new ArrayList<>();
        for (int i : m.primaryKeyIndexes()) {
            cols.add(m.property(i).column());
        }
        Select s = Jalchemy.select(cols);
        if (select.whereClause() != null) {
            s = s.where(select.whereClause());
        }
        List<Object> out = new ArrayList<>();
        for (Row r : connection().execute(s).all()) {
            Object id = cols.size() == 1 ? Mapper.normalize(r.get(0)) : r.toList().stream().map(Mapper::normalize).toList();
            Object obj = identityMap.get(m, id);
            if (obj != null) {
                out.add(obj);
            }
        }
        return out;
    }

    // ---- expiring and refreshing -------------------------------------------------------------------------

    /** Expires all (or the named) attributes of {@code obj}: the next access reloads them. */
    public void expire(Object obj, String... attributes) {
        InstanceState s = requireState(obj);
        List<Integer> columns = new ArrayList<>();
        for (String a : attributes) {
            RelationshipProperty rel = s.mapper().relationshipOrNull(a);
            if (rel != null) {
                // an expired relationship is emptied and loads again on next access
                rel.set(obj, null);
                s.relationshipUnloaded(rel.index());
            } else {
                columns.add(s.mapper().property(a).index());
            }
        }
        if (attributes.length == 0) {
            s.expire();
            s.expireRelationships(obj);
            modified.removeIf(e -> e.obj() == obj);
        } else if (!columns.isEmpty()) {
            // only those attributes lose their pending values: the object stays modified for the others
            s.expire(columns.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Expires every persistent object of the session. */
    public void expireAll() {
        // each persistent object expires itself when next used: commit costs the same for any number of them
        link.expireAll();
        if (identityMap.hasRelationships()) {
            // except relationship fields, emptied now: code that finds a collection in a field takes it as loaded
            for (IdentityMap.Tracked t : identityMap.view(Mapper::hasRelationships)) {
                t.state().expireRelationships(t.obj());
            }
        }
        modified.clear();
    }

    /** Reloads every attribute of {@code obj} from the database now. */
    public void refresh(Object obj) {
        InstanceState s = requireState(obj);
        if (s.owner() != this || s.identity() == null) {
            throw new InvalidRequestError("Instance '" + InstanceState.describe(obj) + "' is not persistent within this Session");
        }
        s.expire();
        s.expireRelationships(obj);
        loadExpired(s, obj);
    }

    /**
     * Copies the state of {@code obj} onto the session's object with the same identity (loaded if needed, or
     * created pending when the row does not exist) and returns that object; {@code obj} itself is not added.
     */
    @SuppressWarnings("unchecked")
    public <T> T merge(T obj) {
        Mapper<T> mapper = Mappers.ofObject(obj);
        Object id = mapper.identityOf(obj);
        T target = id == null ? null : get(mapper.mappedClass(), id);
        if (target == obj) {
            return obj;
        }
        InstanceState source = StateRegistry.lookup(obj);
        if (target == null) {
            target = mapper.newInstance();
            copy(mapper, obj, source, target);
            add(target);
            return target;
        }
        checkMergedVersion(mapper, obj, source, target);
        copy(mapper, obj, source, target);
        InstanceState ts = StateRegistry.lookup(target);
        if (!ts.isModified()) {
            ts.flagModified();
            modified.add(new UnitOfWork.Entry(target, ts));
        }
        return target;
    }

    /**
     * A merged object carrying a version counter must carry the row's current one (SQLAlchemy raises the same):
     * merging an older copy would otherwise overwrite the newer row. Without a version, the row's is kept.
     */
    private static void checkMergedVersion(Mapper<?> mapper, Object from, InstanceState fromState, Object to) {
        int vi = mapper.versionIndex();
        if (vi < 0 || (fromState != null && fromState.isExpired(vi))) {
            return;
        }
        Object merged = mapper.property(vi).get(from);
        Object current = mapper.property(vi).get(to);
        if (merged != null && current != null && ((Number) merged).longValue() != ((Number) current).longValue()) {
            throw new org.jalchemy.orm.exc.StaleDataError("Version id '" + merged + "' on merged state "
                    + InstanceState.describe(from) + " does not match existing version '" + current + "'. Leave the"
                    + " version attribute unset when merging to use the existing version.");
        }
    }

    private static void copy(Mapper<?> mapper, Object from, InstanceState fromState, Object to) {
        int vi = mapper.versionIndex();
        for (ColumnProperty p : mapper.properties()) {
            if ((fromState == null || !fromState.isExpired(p.index())) && (p.index() != vi || p.get(from) != null)) {
                p.set(to, p.get(from));
            }
        }
    }

    // ---- transactions ---------------------------------------------------------------------------------

    /** The connection of the current transaction, beginning one if needed. */
    public Connection connection() {
        checkPendingRollback();
        if (conn == null) {
            if (bind == null) {
                throw new InvalidRequestError("This session is not bound to an Engine; configure the SessionMaker"
                        + " with one");
            }
            conn = bind.connect();
        }
        return conn;
    }

    /** Whether a transaction is in progress. */
    public boolean inTransaction() {
        return conn != null;
    }

    /** Sends pending changes to the database in the current transaction. */
    public void flush() {
        enter();
        try {
            checkPendingRollback();
            if (flushing) {
                throw new InvalidRequestError("Session is already flushing");
            }
            if (!listeners.isEmpty() && (!pending.isEmpty() || !deleted.isEmpty() || !modified.isEmpty())) {
                for (SessionListener l : listeners) {
                    l.beforeFlush(this);
                }
            }
            Mappers.configure();
            if (pending.isEmpty() && deleted.isEmpty() && modified.isEmpty() && !identityMap.hasDirectFieldWrites()) {
                // nothing was added, deleted or written: autoflush runs before every query and get, so skip the
                // unit of work's setup (its collections cost more than a SQLite primary-key lookup's own garbage)
                return;
            }
            UnitOfWork uow = null;
            List<UnitOfWork.Entry> candidates = List.of();
            List<UnitOfWork.Entry> flushedNew = pending.entries();
            if (pending.mappers().stream().anyMatch(Mapper::hasRelationships) || anyRelationships(modified)) {
                prepareRelationships();
                // the save-update cascade may have added objects
                flushedNew = pending.entries();
            }
            List<UnitOfWork.Entry> flushedDeleted = deleted.entries();
            flushing = true;
            try {
                candidates = dirtyCandidates();
                if (flushedNew.isEmpty() && flushedDeleted.isEmpty() && candidates.isEmpty()) {
                    return;
                }
                uow = new UnitOfWork(connection());
                if (pending.mappers().size() == 1) {
                    uow.insertAll(pending.mappers().get(0), flushedNew);
                } else {
                    for (UnitOfWork.Entry e : flushedNew) {
                        uow.insert(e);
                    }
                }
                if (pending.mappers().stream().anyMatch(Mapper::hasRelationships)
                        || anyRelationships(candidates) || anyRelationships(flushedDeleted)) {
                    IdentityHashMap<Object, Boolean> known = new IdentityHashMap<>();
                    candidates.forEach(e -> known.put(e.obj(), true));
                    for (UnitOfWork.Entry e : DependencyProcessor.process(uow, flushedNew, candidates, flushedDeleted)) {
                        if (known.put(e.obj(), true) == null) {
                            candidates = new ArrayList<>(candidates);
                            candidates.add(e);
                        }
                    }
                }
                for (UnitOfWork.Entry e : candidates) {
                    if (!deleted.containsKey(e.obj())) {
                        uow.update(e.obj(), e.state());
                    }
                }
                for (UnitOfWork.Entry e : flushedDeleted) {
                    uow.delete(e.obj(), e.state());
                }
                uow.execute();
                for (SessionListener l : listeners) {
                    l.afterFlush(this);
                }
            } catch (RuntimeException e) {
                flushing = false;
                failFlush(e);
                throw e;
            } finally {
                flushing = false;
            }
            uow.complete();
            // candidates whose writes changed nothing must report their next write again
            for (UnitOfWork.Entry e : candidates) {
                e.state().clearModified();
            }
            if (flushedNew.size() == pending.size()) {
                pending.clear();
            }
            insertedInTransaction.ensureCapacity(insertedInTransaction.size() + flushedNew.size());
            for (UnitOfWork.Entry e : flushedNew) {
                pending.remove(e.obj());
                InstanceState s = e.state();
                s.attach(this, Status.PERSISTENT);
                identityMap.put(s.mapper(), s.identity(), e.obj(), s);
                insertedInTransaction.add(e.obj());
                relationshipsFlushed(e);
            }
            for (UnitOfWork.Entry e : candidates) {
                relationshipsFlushed(e);
            }
            for (UnitOfWork.Entry e : flushedDeleted) {
                deleted.remove(e.obj());
                identityMap.remove(e.state().mapper(), e.state().identity());
                deletedInTransaction.add(e.obj());
            }
            modified.clear();
        } finally {
            exit();
        }
    }

    /** Whether an object of {@code entries} has relationships; asks each run of one mapper once. */
    private static boolean anyRelationships(List<UnitOfWork.Entry> entries) {
        Mapper<?> last = null;
        for (UnitOfWork.Entry e : entries) {
            Mapper<?> m = e.state().mapper();
            if (m != last) {
                if (m.hasRelationships()) {
                    return true;
                }
                last = m;
            }
        }
        return false;
    }

    /**
     * Before a flush: objects appended since their owner was added join the session (save-update cascade),
     * and children removed from a delete-orphan collection are deleted.
     */
    private void prepareRelationships() {
        List<UnitOfWork.Entry> owners = pending.entries(); // a fresh list: modified objects join it
        for (UnitOfWork.Entry e : modified) {
            owners.add(e);
        }
        cascadeWalk = true;
        try {
            for (UnitOfWork.Entry e : owners) {
                if (e.state().mapper().hasRelationships()) {
                    cascadeSaveUpdate(e.obj(), e.state());
                }
            }
        } finally {
            cascadeWalk = false;
        }
        // orphans after the whole walk: a child moved to another parent is adopted whichever owner comes first
        for (UnitOfWork.Entry e : owners) {
            if (!e.state().mapper().hasRelationships()) {
                continue;
            }
            for (RelationshipProperty p : e.state().mapper().relationships()) {
                if (!p.cascade().deleteOrphan()) {
                    continue;
                }
                List<Object> removedItems = new ArrayList<>();
                InstrumentedCollection<?> ic = p.get(e.obj()) instanceof InstrumentedCollection<?> c ? c : null;
                if (ic != null) {
                    removedItems.addAll(ic.history().removed());
                } else if (!e.state().isRelationshipLoaded(p.index())) {
                    // removals by backref while the collection was not loaded (child.setParent(null))
                    for (InstanceState.QueuedChange q : e.state().queued(p.index())) {
                        if (!q.append()) {
                            removedItems.add(q.item());
                        }
                    }
                }
                for (Object removed : removedItems) {
                    InstanceState rs = StateRegistry.lookup(removed);
                    RelationshipProperty rev = p.reverse();
                    boolean adopted = (ic != null && ic.containsIdentity(removed))
                            || (rev != null && !rev.isCollection() && rev.get(removed) != null);
                    if (adopted || rs == null || rs.owner() != this) {
                        continue;
                    }
                    if (rs.status() == Status.PENDING) {
                        expunge(removed);
                    } else if (!deleted.containsKey(removed)) {
                        delete(removed);
                    }
                }
            }
        }
    }

    /** After a flush: relationships hold what the database holds, and collections start a new history. */
    private static void relationshipsFlushed(UnitOfWork.Entry e) {
        InstanceState s = e.state();
        if (!s.mapper().hasRelationships()) {
            return;
        }
        s.relationshipsFlushed();
        for (RelationshipProperty p : s.mapper().relationships()) {
            Object raw = p.get(e.obj());
            if (raw instanceof InstrumentedCollection<?> ic && ic.owner() == e.obj()) {
                ic.history().clear();
            } else if (raw instanceof Collection<?> plain && s.isRelationshipLoaded(p.index())) {
                InstrumentedCollection<Object> c = InstrumentedCollection.empty(e.obj(), p);
                for (Object item : plain) {
                    c.addQuietly(item);
                }
                p.set(e.obj(), c);
            }
        }
    }

    private List<UnitOfWork.Entry> dirtyCandidates() {
        List<UnitOfWork.Entry> out = new ArrayList<>();
        IdentityHashMap<Object, Boolean> seen = new IdentityHashMap<>();
        for (UnitOfWork.Entry e : modified) {
            InstanceState s = e.state();
            if (s.owner() == this && s.status() == Status.PERSISTENT && seen.put(e.obj(), true) == null) {
                out.add(e);
            }
        }
        // snapshot fallback: public fields can be written without a setter, so compare every such object
        if (!identityMap.hasDirectFieldWrites()) {
            return out;
        }
        for (IdentityMap.Tracked t : identityMap.view(Mapper::directFieldWrites)) {
            if (seen.put(t.obj(), true) == null) {
                out.add(new UnitOfWork.Entry(t.obj(), t.state()));
            }
        }
        return out;
    }

    /** Commits or rolls back the session's connection, if it has one, and gives it back to the pool. */
    private void endConnection(boolean commit) {
        endSavepoints();
        if (conn != null) {
            try {
                if (commit) {
                    conn.commit();
                } else {
                    conn.rollback();
                }
            } finally {
                conn.close();
                conn = null;
            }
        }
    }

    /**
     * One thread at a time: a second thread entering while another is inside an operation gets a clear error
     * instead of sharing its connection and identity map half-way through (reliability.md C2). The same
     * thread may re-enter (a query's autoflush, a flush from commit).
     */
    private void enter() {
        Thread me = Thread.currentThread();
        if (user.get() == me) {
            depth++;
            return;
        }
        if (!user.compareAndSet(null, me)) {
            Thread other = user.get();
            throw new InvalidRequestError("This Session is in use by thread '" + (other == null ? "?" : other.getName())
                    + "'; a Session serves one thread at a time (concurrent operations are not permitted):"
                    + " give each thread its own Session, e.g. with ScopedSession");
        }
        depth = 1;
    }

    private void exit() {
        if (--depth == 0) {
            user.set(null);
        }
    }

    /**
     * After a failed flush: inside {@link #beginNested()} only the savepoint is rolled back (in the database and
     * in memory) and the outer transaction goes on, as SQLAlchemy 2.0 does; otherwise the whole transaction is
     * rolled back and the session refuses work until {@link #rollback()}.
     */
    private void failFlush(RuntimeException e) {
        SessionSavepoint innermost = savepoints.peek();
        boolean disconnected = e instanceof org.jalchemy.exc.DBAPIError d && d.connectionInvalidated();
        if (innermost != null && !disconnected) {
            try {
                innermost.rollback();
                return;
            } catch (RuntimeException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
        }
        flushFailure = e;
        failedInCommit = false;
        endConnection(false);
    }

    /** A savepoint ended: the database dropped every savepoint opened after it too. */
    void savepointEnded(SessionSavepoint savepoint) {
        if (!savepoints.contains(savepoint)) {
            return;
        }
        while (!savepoints.isEmpty()) {
            SessionSavepoint innermost = savepoints.pop();
            if (innermost == savepoint) {
                return;
            }
            innermost.markEnded();
        }
    }

    /** The transaction ended: no savepoint of it is active any more. */
    private void endSavepoints() {
        while (!savepoints.isEmpty()) {
            savepoints.pop().markEnded();
        }
    }

    /** Flushes, then commits the transaction; with expire-on-commit every object reloads on next access. */
    public void commit() {
        enter();
        try {
            checkPendingRollback();
            flush();
            try {
                endConnection(true);
            } catch (RuntimeException e) {
                // the objects flushed in this transaction are not stored (or, after a lost connection, not known to
                // be): going on would treat them as persistent, so the session waits for rollback(), which undoes
                // them in memory, as after a failed flush
                flushFailure = e;
                failedInCommit = true;
                throw e;
            }
            insertedInTransaction.clear();
            for (Object o : deletedInTransaction) {
                StateRegistry.lookup(o).detach();
            }
            deletedInTransaction.clear();
            if (expireOnCommit) {
                expireAll();
            }
            for (SessionListener l : listeners) {
                l.afterCommit(this);
            }
        } finally {
            exit();
        }
    }

    /**
     * Rolls back the transaction. Objects inserted in it become transient again (pending ones are
     * expunged), deleted ones are restored, and every persistent object is expired.
     */
    public void rollback() {
        enter();
        try {
            flushFailure = null;
            endConnection(false);
            undoSince(0, 0);
            for (SessionListener l : listeners) {
                l.afterRollback(this);
            }
        } finally {
            exit();
        }
    }

    /** Begins a transaction explicitly; SQLAlchemy's {@code session.begin()} (an error if one is in progress). */
    public SessionTransaction begin() {
        if (conn != null) {
            throw new InvalidRequestError("A transaction is already begun on this Session.");
        }
        connection().begin();
        return new SessionTransaction(this);
    }

    /** Runs {@code work} in a transaction: commits when it returns, rolls back and rethrows when it throws. */
    public void inTransaction(Consumer<Session> work) {
        try {
            work.accept(this);
            commit();
        } catch (RuntimeException | Error e) {
            rollback();
            throw e;
        }
    }

    /** Flushes, then opens a SAVEPOINT; its rollback undoes only what was flushed since (and expires all). */
    public SessionSavepoint beginNested() {
        flush();
        NestedTransaction nested = connection().beginNested();
        SessionSavepoint savepoint = new SessionSavepoint(this, nested, insertedMark(), deletedMark());
        savepoints.push(savepoint);
        return savepoint;
    }

    /**
     * Closes the session: rolls back any transaction and detaches every object. The session can be reused.
     * One exception: on {@code sqlite://} a session opened while another session of the same thread holds the
     * one shared connection shares that session's transaction; closing it leaves the transaction (with what it
     * flushed) to the outer session, whose commit or rollback decides.
     */
    @Override
    public void close() {
        enter();
        try {
            flushFailure = null;
            if (conn != null && conn.sharesOuterTransaction()) {
                // a second session of this thread on a shared in-memory SQLite connection: the transaction (and
                // what this session flushed into it) belongs to the outer holder, so closing must not roll it back
                endSavepoints();
                try {
                    conn.close();
                } finally {
                    conn = null;
                }
            } else {
                endConnection(false);
            }
            insertedInTransaction.clear();
            deletedInTransaction.clear();
            expungeAll();
        } finally {
            exit();
        }
    }

    // ---- StateOwner ---------------------------------------------------------------------------------------

    @Override
    public Object identityObject(Mapper<?> mapper, Object identity) {
        // a getter on another thread makes a state through here: fail as any other concurrent use does
        enter();
        try {
            return identityMap.get(mapper, identity);
        } finally {
            exit();
        }
    }

    @Override
    public OwnerLink reference() {
        return link;
    }

    @Override
    public void loadExpired(InstanceState state, Object obj) {
        // a getter's reload is a session operation too: another thread inside this session must not interleave
        enter();
        try {
            checkPendingRollback();
            Mapper<?> mapper = state.mapper();
            Row row;
            Map<String, Object> key = identityParameters(mapper, state.identity());
            try (Result r = connection().execute(identitySelect(mapper), key)) {
                row = r.first();
            }
            if (row == null) {
                throw new ObjectDeletedError("Instance '" + InstanceState.describe(obj) + "' has been deleted, or its row"
                        + " is otherwise not present.");
            }
            Loader.populateExpired(state, obj, mapper, row);
        } finally {
            exit();
        }
    }

    @Override
    public void loadRelationship(InstanceState state, Object obj, RelationshipProperty prop) {
        enter();
        try {
            checkPendingRollback();
            LazyLoader.load(this, identityMap, state, obj, prop);
        } finally {
            exit();
        }
    }

    @Override
    public void modified(InstanceState state, Object obj) {
        if (state.status() == Status.PERSISTENT) {
            modified.add(new UnitOfWork.Entry(obj, state));
        }
    }

    // ---- internals ------------------------------------------------------------------------------------

    private void autoflushIfEnabled() {
        checkPendingRollback();
        if (autoflush && noAutoflush == 0 && !flushing) {
            flush();
        }
    }

    /** Runs {@code work} without autoflush (SQLAlchemy's {@code no_autoflush}). */
    public void noAutoflush(Runnable work) {
        noAutoflush++;
        try {
            work.run();
        } finally {
            noAutoflush--;
        }
    }

    private void checkPendingRollback() {
        if (flushFailure != null) {
            String during = failedInCommit ? "COMMIT (after a lost connection its outcome is the database's to tell)"
                    : "flush";
            throw new PendingRollbackError("This Session's transaction has been rolled back due to a previous exception"
                    + " during " + during + ". To begin a new transaction with this Session, first issue"
                    + " Session.rollback(). Original exception was: " + flushFailure.getMessage(), flushFailure);
        }
    }

    private static InstanceState requireState(Object obj) {
        InstanceState s = StateRegistry.lookup(obj);
        if (s == null) {
            Mappers.ofObject(obj);
            throw new InvalidRequestError("Instance '" + InstanceState.describe(obj) + "' is not persisted");
        }
        return s;
    }

    int insertedMark() {
        return insertedInTransaction.size();
    }

    int deletedMark() {
        return deletedInTransaction.size();
    }

    /** After a SAVEPOINT rollback: undoes in memory what was flushed since the marks, like a full rollback. */
    void afterSavepointRollback(int insertedMark, int deletedMark) {
        undoSince(insertedMark, deletedMark);
    }

    /**
     * Undoes in memory the inserts and deletes flushed since the marks: pending objects are expunged,
     * inserted ones become transient (generated keys cleared), deleted ones persistent again; all expire.
     */
    private void undoSince(int insertedMark, int deletedMark) {
        for (Object o : pending.objects()) {
            expunge(o);
        }
        List<Object> inserted = insertedInTransaction.subList(insertedMark, insertedInTransaction.size());
        for (Object o : inserted) {
            InstanceState s = StateRegistry.lookup(o);
            identityMap.remove(s.mapper(), s.identity());
            StateRegistry.remove(o);
            if (s.autoGeneratedKey()) {
                for (int i : s.mapper().primaryKeyIndexes()) {
                    s.mapper().property(i).set(o, null);
                }
            }
        }
        inserted.clear();
        List<Object> removed = deletedInTransaction.subList(deletedMark, deletedInTransaction.size());
        for (Object o : removed) {
            InstanceState s = StateRegistry.lookup(o);
            if (s == null) {
                // inserted and deleted since the mark: undoing the insert already made it transient again
                continue;
            }
            s.attach(this, Status.PERSISTENT);
            identityMap.put(s.mapper(), s.identity(), o, s);
        }
        removed.clear();
        deleted.clear();
        expireAll();
    }
}
