package org.jalchemy.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;
import org.jalchemy.exc.ResourceClosedError;
import org.jalchemy.sql.compiler.ResultColumn;

/**
 * The outcome of executing a statement: rows (streamed from the driver a page at a time) or a row count,
 * and for an insert the generated primary key.
 *
 * <p>Mirrors {@code sqlalchemy.engine.Result} / {@code CursorResult}. Rows are read lazily, so iterating
 * over a million rows keeps memory flat; methods that return a single row ({@link #first()},
 * {@link #one()}, {@link #scalar()}) close the result. Reading the last row closes the statement
 * ("soft close"); further fetches return nothing. Not thread-safe; valid while its connection is open.
 * <pre>{@code
 * for (Row row : conn.execute(text("SELECT id, name FROM users"))) { System.out.println(row); }
 * long n = conn.execute(text("SELECT count(*) FROM users")).scalarOne(Long.class);
 * }</pre>
 */
public final class Result implements Iterable<Row>, AutoCloseable {
    private final Connection owner;
    private final ResultMetadata metadata;
    private final long rowcount;
    private final Row insertedPrimaryKey;
    private StatementCache.Entry statement;
    private ResultSet resultSet;
    private List<Row> buffered;
    private int bufferPosition;
    private boolean exhausted;
    private boolean closed;

    private Result(Connection owner, StatementCache.Entry statement, ResultSet resultSet, ResultMetadata metadata,
                   long rowcount, Row insertedPrimaryKey) {
        this.owner = owner;
        this.statement = statement;
        this.resultSet = resultSet;
        this.metadata = metadata;
        this.rowcount = rowcount;
        this.insertedPrimaryKey = insertedPrimaryKey;
    }

    static Result streaming(Connection owner, StatementCache.Entry statement, ResultSet rs, List<ResultColumn> columns)
            throws SQLException {
        ResultMetadata metadata = statement.metadata;
        // the same SQL on the same prepared statement yields the same keys, and the same compiled columns the
        // same readers: two statements that render the same SQL with different types (a typeCoerce, a typed
        // text()) hold different column lists. The column count is checked again, as a SELECT * re-prepared
        // by the driver after DDL may have changed shape.
        if (metadata == null || statement.metadataColumns != columns
                || metadata.size() != (columns.isEmpty() ? rs.getMetaData().getColumnCount() : columns.size())) {
            metadata = ResultMetadata.of(rs, columns);
            statement.metadata = metadata;
            statement.metadataColumns = columns;
        }
        return new Result(owner, statement, rs, metadata, -1, null);
    }

    static Result withoutRows(long rowcount, Row insertedPrimaryKey) {
        Result r = new Result(null, null, null, null, rowcount, insertedPrimaryKey);
        r.exhausted = true;
        return r;
    }

    /** True when the statement produced rows (a query, or DML with RETURNING). */
    public boolean returnsRows() {
        return metadata != null;
    }

    /** The column keys of the rows, in order. */
    public List<String> keys() {
        requireRows();
        return metadata.keys();
    }

    /** Rows affected by an INSERT/UPDATE/DELETE (the total for an executemany); -1 when unknown or a query. */
    public long rowcount() {
        return rowcount;
    }

    /** The generated primary key of a single-row insert, as a row keyed by the key columns; null when none. */
    public Row insertedPrimaryKey() {
        return insertedPrimaryKey;
    }

    /** The next row, or null when there are no more. */
    public Row fetchone() {
        requireRows();
        if (buffered != null) {
            return bufferPosition < buffered.size() ? buffered.get(bufferPosition++) : null;
        }
        Object[] values = readNext(null);
        return values == null ? null : new Row(metadata, values);
    }

    /**
     * The next row's values as a new array the caller may keep, or null when there are no more: for loaders that
     * turn each row into an object and need no {@link Row} around the values (the ORM's hot path).
     */
    public Object[] fetchValues() {
        requireRows();
        if (buffered != null) {
            return bufferPosition < buffered.size() ? buffered.get(bufferPosition++).values().clone() : null;
        }
        return readNext(null);
    }

    /**
     * Reads the next row's values into {@code into} (at least {@link #width()} long) instead of a new array; false,
     * leaving it as it was, when there are no more. For loops that copy the values out before the next row and keep
     * no array per row: the ORM's loader when an object's snapshot is taken only on its first write.
     */
    public boolean fetchValuesInto(Object[] into) {
        requireRows();
        if (into.length < metadata.size()) {
            throw new ArgumentError("The array holds " + into.length + " values; rows of this result have "
                    + metadata.size());
        }
        if (buffered != null) {
            if (bufferPosition >= buffered.size()) {
                return false;
            }
            Object[] values = buffered.get(bufferPosition++).values();
            System.arraycopy(values, 0, into, 0, values.length);
            return true;
        }
        return readNext(into) != null;
    }

    /** How many values each row of this result has. */
    public int width() {
        requireRows();
        return metadata.size();
    }

    /**
     * The next unbuffered row's values, in {@code into} or (null) a new array; null (closing the cursor) when there
     * are no more.
     */
    private Object[] readNext(Object[] into) {
        if (exhausted) {
            return null;
        }
        try {
            if (resultSet.next()) {
                Object[] values = into != null ? into : new Object[metadata.size()];
                metadata.readInto(resultSet, values);
                return values;
            }
        } catch (SQLException e) {
            closeStatement(true);
            throw owner.handleError(e, null, null);
        }
        softClose();
        return null;
    }

    /** Up to {@code size} more rows. */
    public List<Row> fetchmany(int size) {
        List<Row> out = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            Row r = fetchone();
            if (r == null) {
                break;
            }
            out.add(r);
        }
        return out;
    }

    /** Every remaining row. */
    public List<Row> all() {
        List<Row> out = new ArrayList<>();
        for (Row r = fetchone(); r != null; r = fetchone()) {
            out.add(r);
        }
        return out;
    }

    /** Same as {@link #all()}, by its DBAPI name. */
    public List<Row> fetchall() {
        return all();
    }

    /** The first row or null; closes the result. */
    public Row first() {
        try {
            return fetchone();
        } finally {
            close();
        }
    }

    /** Exactly one row; closes the result. */
    public Row one() {
        Row r = oneOrNone();
        if (r == null) {
            throw new NoResultFound("No row was found when one was required");
        }
        return r;
    }

    /** One row or null; more than one is an error. Closes the result. */
    public Row oneOrNone() {
        try {
            Row r = fetchone();
            if (r != null && fetchone() != null) {
                throw new MultipleResultsFound("Multiple rows were found when one or none was required");
            }
            return r;
        } finally {
            close();
        }
    }

    /** The first column of the first row, or null when there is no row; closes the result. */
    public Object scalar() {
        Row r = first();
        return r == null ? null : r.get(0);
    }

    /** {@link #scalar()} converted to {@code type}. */
    public <T> T scalar(Class<T> type) {
        Row r = first();
        return r == null ? null : r.get(0, type);
    }

    /** The first column of exactly one row. */
    public Object scalarOne() {
        return one().get(0);
    }

    public <T> T scalarOne(Class<T> type) {
        return one().get(0, type);
    }

    /** The first column of one row, or null when there is none. */
    public Object scalarOneOrNone() {
        Row r = oneOrNone();
        return r == null ? null : r.get(0);
    }

    /** The first column of each row. */
    public ScalarResult<Object> scalars() {
        return scalars(0);
    }

    /** Column {@code index} of each row. */
    public ScalarResult<Object> scalars(int index) {
        requireRows();
        return new ScalarResult<>(this, row -> row.get(index));
    }

    /** Column {@code index} of each row, as {@code type}. */
    public <T> ScalarResult<T> scalars(int index, Class<T> type) {
        requireRows();
        return new ScalarResult<>(this, row -> row.get(index, type));
    }

    /** Each row as an ordered map from key to value. */
    public ScalarResult<Map<String, Object>> mappings() {
        requireRows();
        return new ScalarResult<>(this, Row::asMap);
    }

    @Override
    public Iterator<Row> iterator() {
        requireRows();
        return new Iterator<>() {
            private Row next = fetchone();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Row next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Row r = next;
                next = fetchone();
                return r;
            }
        };
    }

    /** The remaining rows as a stream; close the stream (or the result) if you stop early. */
    public Stream<Row> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** Reads every remaining row into memory and releases the statement, so the result outlives its connection. */
    public Result buffer() {
        if (metadata != null && buffered == null) {
            List<Row> rows = all();
            buffered = rows;
            bufferPosition = 0;
        }
        return this;
    }

    private void requireRows() {
        if (metadata == null) {
            throw new ResourceClosedError("This result object does not return rows. It has been closed automatically.");
        }
        if (closed) {
            throw new ResourceClosedError("This result object is closed.");
        }
    }

    private void softClose() {
        exhausted = true;
        closeStatement(false);
    }

    private void closeStatement(boolean broken) {
        if (statement != null) {
            boolean failed = broken;
            try {
                resultSet.close();
            } catch (SQLException e) {
                failed = true;
            }
            owner.releaseStatement(statement, failed);
            statement = null;
            resultSet = null;
            owner.resultClosed(this);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    /** Releases the cursor; further fetches raise {@link ResourceClosedError}. */
    @Override
    public void close() {
        if (!closed) {
            closed = metadata != null;
            exhausted = true;
            closeStatement(false);
        }
    }
}
