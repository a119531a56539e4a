package org.jalchemy.engine;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.NoSuchColumnError;
import org.jalchemy.sql.compiler.ResultColumn;
import org.jalchemy.types.JdbcValues;
import org.jalchemy.types.Reader;

/** The keys and readers of a result's columns, resolved once per result and shared by its rows. */
final class ResultMetadata {
    private static final int AMBIGUOUS = -1;

    private final String[] keys;
    private final Reader<?>[] readers;
    private final Map<String, Integer> index;
    private final List<String> keyList;

    private ResultMetadata(String[] keys, Reader<?>[] readers) {
        this.keys = keys;
        this.readers = readers;
        this.index = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) {
            index.merge(keys[i], i, (a, b) -> AMBIGUOUS);
        }
        this.keyList = Collections.unmodifiableList(Arrays.asList(keys));
    }

    static ResultMetadata of(String... keys) {
        Reader<?>[] readers = new Reader<?>[keys.length];
        Arrays.fill(readers, JdbcValues.OBJECT_READER);
        return new ResultMetadata(keys, readers);
    }

    static ResultMetadata of(ResultSet rs, List<ResultColumn> compiled) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        int n = md.getColumnCount();
        boolean useCompiled = compiled.size() == n;
        String[] keys = new String[n];
        Reader<?>[] readers = new Reader<?>[n];
        for (int i = 0; i < n; i++) {
            if (useCompiled) {
                keys[i] = compiled.get(i).name();
                readers[i] = compiled.get(i).reader();
            } else {
                keys[i] = md.getColumnLabel(i + 1);
                readers[i] = JdbcValues.readerFor(md.getColumnType(i + 1));
            }
        }
        return new ResultMetadata(keys, readers);
    }

    /** Reads the current row into the first {@link #size()} slots of {@code values}. */
    void readInto(ResultSet rs, Object[] values) throws SQLException {
        for (int i = 0; i < readers.length; i++) {
            values[i] = readers[i].read(rs, i + 1);
        }
    }

    int size() {
        return keys.length;
    }

    List<String> keys() {
        return keyList;
    }

    String key(int i) {
        return keys[i];
    }

    int indexOf(String key) {
        Integer i = index.get(key);
        if (i == null) {
            throw new NoSuchColumnError("Could not locate column in row for column '" + key + "'; the row has " + keyList);
        }
        if (i == AMBIGUOUS) {
            throw new NoSuchColumnError("Ambiguous column name '" + key + "' in result set; use labels or an index");
        }
        return i;
    }

    boolean hasKey(String key) {
        Integer i = index.get(key);
        return i != null && i != AMBIGUOUS;
    }
}
