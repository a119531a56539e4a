package org.jalchemy.sql.compiler;

import java.util.Map;

/**
 * Parameters that can also be read by placeholder position, for statements whose bind parameters the caller
 * created in the order they render (a page of a multi-row {@code VALUES}): a compiled statement checks once that
 * its placeholder names are {@link #names()}, in order, and from then on asks {@link #valueAt} instead of looking
 * each name up. Any other statement reads it as the map it is.
 * <pre>{@code
 * OrderedParameters page = ...; // names() = {"name_m0", "fullname_m0", "name_m1", ...}
 * conn.execute(insertPage, page);
 * }</pre>
 */
public interface OrderedParameters extends Map<String, Object> {
    /** Every parameter name in placeholder order; the same array instance for the same statement shape. */
    String[] names();

    /** The value of the {@code i}-th name of {@link #names()}. */
    Object valueAt(int i);
}
