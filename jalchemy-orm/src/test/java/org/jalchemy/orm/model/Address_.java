package org.jalchemy.orm.model;

import java.time.LocalDateTime;
import org.jalchemy.schema.Column;

/** A JPA-style companion metamodel of {@link Address}, filled when the class is mapped. */
public final class Address_ {
    public static Column<Integer> id;
    public static Column<String> email;
    public static Column<Integer> userId;
    public static Column<LocalDateTime> created;

    private Address_() {
    }
}
