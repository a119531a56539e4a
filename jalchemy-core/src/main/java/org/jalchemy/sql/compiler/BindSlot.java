package org.jalchemy.sql.compiler;

import java.util.function.Supplier;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.types.Binder;

/**
 * One placeholder of a compiled statement: its name, how its value is found and how it is bound.
 *
 * <p>The value comes from, in order: the execution parameters under {@code name}; the statement's bind
 * at {@code shapeIndex} (see {@link org.jalchemy.sql.StatementShape}); the {@code generator} (a column
 * default); the {@code fixed} bind's own value.
 * <pre>{@code
 * SqlCompiled c = (SqlCompiled) stmt.compile(dialect);
 * c.slots().get(0).name(); // l_name_1
 * }</pre>
 *
 * @param name the bind's rendered name ({@code id_1})
 * @param binder sets the value on the JDBC statement
 * @param shapeIndex the index of the bind in the statement's walk order, or -1
 * @param generator a column default's supplier, or {@code null}
 * @param fixed a bind outside the statement's walk (rendered from a column default), or {@code null}
 * @param markerStart for an expanding bind, where its marker starts in the SQL; -1 otherwise
 * @param markerEnd for an expanding bind, where its marker ends
 * @param emptySet the SQL used inside {@code IN ( )} when an expanding bind gets an empty list
 */
public record BindSlot(String name, Binder binder, int shapeIndex, Supplier<?> generator, BindParameter<?> fixed,
        int markerStart, int markerEnd, String emptySet) {

    public boolean expanding() {
        return markerStart >= 0;
    }
}
