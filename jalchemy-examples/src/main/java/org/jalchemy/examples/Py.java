package org.jalchemy.examples;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.jalchemy.schema.Table;

/**
 * Prints values the way the seed's Python prints them: {@code ['a', 'b']} for a list of names, a table as
 * {@code Table('EX1', Column('id', INTEGER, primary_key=True, nullable=False), ...)}.
 * <pre>{@code
 * out.println(Py.repr(inspector.getTableNames())); // ['EX1', 'Example']
 * }</pre>
 */
public final class Py {
    private Py() {
    }

    public static String repr(Object value) {
        if (value == null) {
            return "None";
        }
        if (value instanceof CharSequence s) {
            return "'" + s.toString().replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof Table t) {
            return table(t);
        }
        if (value instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Py::repr).collect(Collectors.joining(", ", "[", "]"));
        }
        return value.toString();
    }

    /** A table with its columns, as SQLAlchemy's {@code repr(table)} shows it. */
    public static String table(Table table) {
        return table.repr();
    }
}
