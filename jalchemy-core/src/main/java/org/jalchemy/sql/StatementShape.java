package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;

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
        return new StatementShape(new CacheKey(walker.key), walker.binds);
    }

    private static final class KeyWalker implements Walker {
        private final List<Object> key = new ArrayList<>();
        private final List<BindParameter<?>> binds = new ArrayList<>();

        @Override
        public void shape(Object attribute) {
            key.add(attribute);
        }

        @Override
        public void child(ClauseElement element) {
            if (element == null) {
                key.add(null);
                return;
            }
            key.add(element.getClass());
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
