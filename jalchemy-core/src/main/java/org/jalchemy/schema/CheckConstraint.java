package org.jalchemy.schema;

import java.util.List;
import java.util.Objects;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.TextClause;

/**
 * {@code CHECK (condition)}: literal SQL written by the program (never user input), or an expression.
 *
 * <p>Mirrors {@code sqlalchemy.schema.CheckConstraint}.
 * <pre>{@code
 * new CheckConstraint("age >= 0").named("ck_age");
 * new CheckConstraint(Jalchemy.text("price > 0"));
 * }</pre>
 */
public final class CheckConstraint extends Constraint {
    private final ClauseElement condition;

    public CheckConstraint(String sqlText) {
        this(null, new TextClause(Objects.requireNonNull(sqlText, "sqlText")));
    }

    public CheckConstraint(ClauseElement condition) {
        this(null, condition);
    }

    private CheckConstraint(String name, ClauseElement condition) {
        super(name, List.of());
        this.condition = Objects.requireNonNull(condition, "condition");
    }

    /** A copy with a name. */
    public CheckConstraint named(String name) {
        return new CheckConstraint(name, condition);
    }

    public ClauseElement condition() {
        return condition;
    }
}
