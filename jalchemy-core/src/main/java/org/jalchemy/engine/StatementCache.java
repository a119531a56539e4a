package org.jalchemy.engine;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prepared statements of one physical connection, kept across checkouts and keyed by SQL, so a statement
 * shape executed again is not prepared again (sqlite-jdbc has no cache of its own: re-preparing costs more
 * than running a primary-key lookup). A statement still feeding an open result is never handed out twice;
 * a second user of the same SQL gets a statement of its own, closed after use.
 *
 * <p>Used by one thread at a time, like its connection. Statements are prepared on the physical connection,
 * so they outlive the pool's proxy; they close with the physical connection.
 */
final class StatementCache {
    static final int CAPACITY = 128;

    /** A statement handed out: give it back with {@link #release}. */
    static final class Entry {
        final PreparedStatement statement;
        final boolean cached;
        ResultMetadata metadata;
        /** The compiled columns {@link #metadata} was built for (compared by identity). */
        java.util.List<org.jalchemy.sql.compiler.ResultColumn> metadataColumns;
        boolean inUse;
        boolean evicted;

        Entry(PreparedStatement statement, boolean cached) {
            this.statement = statement;
            this.cached = cached;
        }
    }

    private record Key(String sql, String[] keyColumns) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && sql.equals(k.sql) && Arrays.equals(keyColumns, k.keyColumns);
        }

        @Override
        public int hashCode() {
            return sql.hashCode() * 31 + Arrays.hashCode(keyColumns);
        }
    }

    private final java.sql.Connection physical;
    private final LinkedHashMap<Key, Entry> entries = new LinkedHashMap<>(32, 0.75f, true);
    private String lastSql;
    private String[] lastKeyColumns;
    private Entry lastEntry;

    StatementCache(java.sql.Connection physical) {
        this.physical = physical;
    }

    Entry borrow(String sql, String[] keyColumns) throws SQLException {
        // a loop executing one compiled statement passes the very same SQL string each time: skip the map
        Entry last = lastEntry;
        if (last != null && sql == lastSql && keyColumns == null && lastKeyColumns == null && !last.inUse
                && !last.evicted) {
            last.inUse = true;
            return last;
        }
        Key key = new Key(sql, keyColumns);
        Entry entry = entries.get(key);
        if (entry != null && !entry.inUse) {
            entry.inUse = true;
            remember(sql, keyColumns, entry);
            return entry;
        }
        PreparedStatement ps = prepare(sql, keyColumns);
        if (entry != null) {
            Entry own = new Entry(ps, false);
            own.inUse = true;
            return own;
        }
        Entry fresh = new Entry(ps, true);
        fresh.inUse = true;
        entries.put(key, fresh);
        evictOverflow();
        remember(sql, keyColumns, fresh);
        return fresh;
    }

    private void remember(String sql, String[] keyColumns, Entry entry) {
        lastSql = sql;
        lastKeyColumns = keyColumns;
        lastEntry = entry;
    }

    private PreparedStatement prepare(String sql, String[] keyColumns) throws SQLException {
        if (keyColumns == null) {
            return physical.prepareStatement(sql);
        }
        try {
            return physical.prepareStatement(sql, keyColumns);
        } catch (SQLFeatureNotSupportedException e) {
            return physical.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
        }
    }

    private void evictOverflow() {
        Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator();
        while (entries.size() > CAPACITY && it.hasNext()) {
            Entry oldest = it.next().getValue();
            it.remove();
            oldest.evicted = true;
            if (!oldest.inUse) {
                closeQuietly(oldest.statement);
            }
        }
    }

    /** Gives a statement back; with {@code broken} (it failed), it is closed and forgotten. */
    void release(Entry entry, boolean broken) {
        entry.inUse = false;
        if (!entry.cached || entry.evicted) {
            closeQuietly(entry.statement);
            return;
        }
        if (broken) {
            if (entry == lastEntry) {
                lastEntry = null;
                lastSql = null;
            }
            entries.values().remove(entry);
            closeQuietly(entry.statement);
        }
    }

    private static void closeQuietly(Statement s) {
        try {
            s.close();
        } catch (SQLException ignored) {
            // a statement of a dead connection: nothing to free
        }
    }
}
