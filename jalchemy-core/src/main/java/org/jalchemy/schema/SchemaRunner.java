package org.jalchemy.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.jalchemy.engine.Connection;
import org.jalchemy.inspection.Inspector;

/**
 * Runs CREATE and DROP for a list of tables on one connection: foreign keys checked before any DDL is
 * sent, existing tables skipped when checking first (SQLAlchemy's {@code checkfirst}).
 */
final class SchemaRunner {
    private SchemaRunner() {
    }

    /**
     * Creates {@code tables} in the given order (with their indexes). Foreign keys pointing at a table created
     * later (a cycle) are added afterwards with ALTER TABLE where the dialect can.
     */
    static void create(Connection conn, List<Table> tables, boolean checkFirst) {
        for (Table t : tables) {
            t.checkForeignKeys();
        }
        Map<Table, List<ForeignKeyConstraint>> deferred = conn.dialect().supportsAlterAddForeignKey()
                ? cyclicForeignKeys(tables) : Map.of();
        Inspector inspector = checkFirst ? Inspector.of(conn) : null;
        List<Table> created = new ArrayList<>();
        for (Table t : tables) {
            if (checkFirst && inspector.hasTable(t.name(), t.schema())) {
                continue;
            }
            for (DdlListener l : listeners(t)) {
                l.beforeCreate(t, conn);
            }
            if (conn.dialect().supportsSequences()) {
                for (Sequence seq : sequences(t)) {
                    conn.execute(new CreateSequence(seq));
                }
            }
            for (DdlElement ddl : new CreateTable(t, deferred.getOrDefault(t, List.of())).withDependents()) {
                conn.execute(ddl);
            }
            if (conn.dialect().supportsCommentOn()) {
                setComments(conn, t);
            }
            created.add(t);
        }
        for (Table t : created) {
            for (ForeignKeyConstraint fk : deferred.getOrDefault(t, List.of())) {
                conn.execute(new AddConstraint(t, fk.named(fk.nameFor(t))));
            }
            for (DdlListener l : listeners(t)) {
                l.afterCreate(t, conn);
            }
        }
    }

    private static void setComments(Connection conn, Table t) {
        if (t.comment() != null) {
            conn.execute(new SetComment(t, null));
        }
        for (Column<?> c : t.columnList()) {
            if (c.comment() != null) {
                conn.execute(new SetComment(t, c));
            }
        }
    }

    /** Per table, its foreign keys to tables that come later in {@code order}: those of a cycle. */
    static Map<Table, List<ForeignKeyConstraint>> cyclicForeignKeys(List<Table> order) {
        Map<Table, List<ForeignKeyConstraint>> out = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            Table t = order.get(i);
            for (ForeignKeyConstraint fk : t.foreignKeys()) {
                Table target = t.metadata() == null ? null : t.metadata().tableOrNull(fk.targetTable());
                if (target != null && target != t && order.indexOf(target) > i) {
                    out.computeIfAbsent(t, k -> new ArrayList<>()).add(fk);
                }
            }
        }
        return out;
    }

    /** Drops {@code tables} in the reverse of the given order. */
    static void drop(Connection conn, List<Table> tables, boolean checkFirst) {
        List<Table> reversed = new ArrayList<>(tables);
        Collections.reverse(reversed);
        Inspector inspector = checkFirst ? Inspector.of(conn) : null;
        if (conn.dialect().supportsAlterAddForeignKey()) {
            for (Map.Entry<Table, List<ForeignKeyConstraint>> e : cyclicForeignKeys(tables).entrySet()) {
                if (checkFirst && !inspector.hasTable(e.getKey().name(), e.getKey().schema())) {
                    continue;
                }
                for (ForeignKeyConstraint fk : e.getValue()) {
                    conn.execute(new DropConstraint(e.getKey(), fk.named(fk.nameFor(e.getKey()))));
                }
            }
        }
        for (Table t : reversed) {
            if (checkFirst && !inspector.hasTable(t.name(), t.schema())) {
                continue;
            }
            for (DdlListener l : listeners(t)) {
                l.beforeDrop(t, conn);
            }
            conn.execute(new DropTable(t));
            if (conn.dialect().supportsSequences()) {
                for (Sequence seq : sequences(t)) {
                    conn.execute(new DropSequence(seq));
                }
            }
            for (DdlListener l : listeners(t)) {
                l.afterDrop(t, conn);
            }
        }
    }

    /** The sequences of {@code t}'s columns: created with the table, dropped after it. */
    private static List<Sequence> sequences(Table t) {
        List<Sequence> out = new ArrayList<>();
        for (Column<?> c : t.columnList()) {
            if (c.sequence() != null && !out.contains(c.sequence())) {
                out.add(c.sequence());
            }
        }
        return out;
    }

    private static List<DdlListener> listeners(Table t) {
        return t.metadata() == null ? List.of() : t.metadata().listeners();
    }

    /** True when {@code table} exists in the database {@code conn} is connected to. */
    static boolean exists(Connection conn, Table table) {
        return Inspector.of(conn).hasTable(table.name(), table.schema());
    }
}
