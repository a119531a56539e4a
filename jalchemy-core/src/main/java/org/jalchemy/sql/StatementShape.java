package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jalchemy.schema.Column;

/**
 * The structural key of an element tree (bind values left out) and its bind parameters in walk order.
 *
 * <p>A {@code Compiled} records, for each placeholder, the index of its bind in {@link #binds()}; binding
 * a new statement of the same shape walks it and takes the values at those indexes, so the order in
 * which the compiler renders binds never has to match the walk order.
 * <pre>{@code
 * StatementShape shape = StatementShape.of(stmt);
 * shape.binds().get(0).value();
 * }</pre>
 */
public record StatementShape(CacheKey key, List<BindParameter<?>> binds) {

    /** Walks {@code element}. */
    public static StatementShape of(ClauseElement element) {
        KeyWalker walker = new KeyWalker();
        walker.child(element);
        return new StatementShape(new CacheKey(walker.parts, walker.size, walker.hash), walker.binds);
    }

    /** Runs on every execution of a statement built anew, so it hashes as it goes and grows one array. */
    private static final class KeyWalker implements Walker {
        private Object[] parts = new Object[32];
        private int size;
        private int hash = 1;
        private final List<BindParameter<?>> binds = new ArrayList<>(4);

        @Override
        public void shape(Object attribute) {
            if (size == parts.length) {
                parts = Arrays.copyOf(parts, size * 2);
            }
            parts[size++] = attribute;
            hash = 31 * hash + (attribute == null ? 0 : attribute.hashCode());
        }

        @Override
        public void child(ClauseElement element) {
            if (element == null) {
                shape(null);
                return;
            }
            // a table's column is immutable and handed out as the same object every time, so the object
            // itself is its shape; walking its name, type and table would only cost time
            if (element instanceof Column<?> column && column.table() != null) {
                shape(column);
                return;
            }
            shape(element.getClass());
            element.walk(this);
        }

        @Override
        public void bind(BindParameter<?> parameter) {
            binds.add(parameter);
        }

        @Override
        public void from(FromClause from) {
            child(from);
        }
    }
}
