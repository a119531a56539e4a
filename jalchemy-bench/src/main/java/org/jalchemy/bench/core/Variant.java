package org.jalchemy.bench.core;

/**
 * A row of the results: one way of doing a workload. Every system that has a matching API fills the row; raw JDBC
 * always does, with the fastest plain-JDBC form of the same work, and the ratios are to that.
 */
public enum Variant {
    INSERT_IDS_FETCHED(Workload.BULK_INSERTS, "ORM flush, ids fetched back",
            "raw: multi-row INSERT ... RETURNING id, 1000 rows a statement", Check.IDS_RETURNED),
    INSERT_PK_GIVEN(Workload.BULK_INSERTS, "ORM flush, ids given (no fetch)",
            "raw: addBatch of INSERT with id, executeBatch every 1000 rows", Check.INSERTED_WITH_IDS),
    INSERT_MAPPINGS(Workload.BULK_INSERTS, "ORM bulk insert of mappings",
            "raw: addBatch of INSERT without id, executeBatch every 1000 rows", Check.INSERTED),
    INSERT_EXECUTEMANY(Workload.BULK_INSERTS, "Core insert executemany",
            "raw: addBatch of INSERT without id, executeBatch every 1000 rows", Check.INSERTED),
    SINGLE_INSERT_ORM(Workload.SINGLE_INSERTS, "ORM, commit per row",
            "raw: borrow from pool, one INSERT, commit, return", Check.INSERTED),
    SINGLE_INSERT_CORE(Workload.SINGLE_INSERTS, "Core, commit per row",
            "raw: borrow from pool, one INSERT, commit, return", Check.INSERTED),
    READ_ORM_LIST(Workload.LARGE_RESULTSETS, "ORM full objects, as a list",
            "raw: one plain object per row, kept in a list", Check.READ_ALL),
    READ_ORM_CHUNKS(Workload.LARGE_RESULTSETS, "ORM objects streamed in chunks",
            "raw: one plain object per row, not kept", Check.READ_ALL),
    READ_ORM_TUPLES(Workload.LARGE_RESULTSETS, "ORM column tuples",
            "raw: values only", Check.READ_ALL),
    READ_CORE_ALL(Workload.LARGE_RESULTSETS, "Core all()",
            "raw: values only", Check.READ_ALL),
    READ_CORE_STREAM(Workload.LARGE_RESULTSETS, "Core streaming",
            "raw: values only", Check.READ_ALL),
    SELECT_ORM_QUERY(Workload.SHORT_SELECTS, "ORM query by id",
            "raw: one reused PreparedStatement", Check.LOOKUPS),
    SELECT_ORM_GET(Workload.SHORT_SELECTS, "ORM get by id",
            "raw: one reused PreparedStatement", Check.LOOKUPS),
    SELECT_CORE_NEW(Workload.SHORT_SELECTS, "Core, new statement each time",
            "raw: one reused PreparedStatement", Check.LOOKUPS),
    SELECT_CORE_REUSED(Workload.SHORT_SELECTS, "Core, reused statement",
            "raw: one reused PreparedStatement", Check.LOOKUPS),
    UPDATE_ORM_FLUSH(Workload.BULK_UPDATES, "ORM flush of dirty objects",
            "raw: SELECT all into objects, addBatch of UPDATE, executeBatch every 1000 rows", Check.UPDATED),
    UPDATE_CORE_EXECUTEMANY(Workload.BULK_UPDATES, "Core update executemany",
            "raw: SELECT all into objects, addBatch of UPDATE, executeBatch every 1000 rows", Check.UPDATED);

    /** How a run of the variant is proven right. */
    public enum Check {
        /** Table holds n seeded-shape rows; the task's checksum is the sum of the ids it got back. */
        IDS_RETURNED,
        /** Table holds rows 1..n exactly. */
        INSERTED_WITH_IDS,
        /** Table holds n seeded-shape rows. */
        INSERTED,
        /** The task read n rows with the seeded checksum. */
        READ_ALL,
        /** The task looked up n rows whose checksum matches the ids asked for. */
        LOOKUPS,
        /** Every row's description was rewritten and the task reports n rows. */
        UPDATED
    }

    private final Workload workload;
    private final String label;
    private final String rawForm;
    private final Check check;

    Variant(Workload workload, String label, String rawForm, Check check) {
        this.workload = workload;
        this.label = label;
        this.rawForm = rawForm;
        this.check = check;
    }

    public Workload workload() {
        return workload;
    }

    public String label() {
        return label;
    }

    /** What the raw JDBC baseline does for this row. */
    public String rawForm() {
        return rawForm;
    }

    public Check check() {
        return check;
    }

    /** Large-result variants get their peak heap reported. */
    public boolean measuresHeap() {
        return workload == Workload.LARGE_RESULTSETS;
    }
}
