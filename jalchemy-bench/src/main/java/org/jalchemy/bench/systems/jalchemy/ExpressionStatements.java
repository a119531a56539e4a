package org.jalchemy.bench.systems.jalchemy;

import static org.jalchemy.Jalchemy.bindparam;
import static org.jalchemy.Jalchemy.select;
import static org.jalchemy.types.SqlTypes.INTEGER;
import static org.jalchemy.types.SqlTypes.STRING;
import static org.jalchemy.types.SqlTypes.string;

import java.util.Map;
import org.jalchemy.schema.Column;
import org.jalchemy.schema.MetaData;
import org.jalchemy.schema.Table;
import org.jalchemy.sql.Executable;
import org.jalchemy.sql.Select;

/**
 * The Core statements built with the expression language on a {@link Table}, as SQLAlchemy's suite writes them:
 * {@code customer.insert()}, {@code select(...).where(id == value)} built anew per lookup (exercising the compiled
 * cache) or once with a {@code bindparam}, and {@code update().where(id == bindparam).values(bindparam)}.
 */
final class ExpressionStatements implements CoreStatements {
    private static final Table CUSTOMER = new Table("customer", new MetaData(),
            Column.of("id", INTEGER).primaryKey(), Column.of("name", string(255)),
            Column.of("description", string(255)));
    private static final Column<Integer> ID = CUSTOMER.c("id", Integer.class);
    private static final Select ALL = select(CUSTOMER.c("id"), CUSTOMER.c("name"), CUSTOMER.c("description"));
    private static final Select BY_BOUND_ID = ALL.where(ID.eq(bindparam("id", INTEGER)));
    private static final Executable UPDATE = CUSTOMER.update()
            .where(ID.eq(bindparam("b_id", INTEGER)))
            .values("description", bindparam("b_description", STRING));

    @Override
    public Executable insert() {
        return CUSTOMER.insert();
    }

    @Override
    public Executable selectAll() {
        return ALL;
    }

    @Override
    public Executable selectById(int id, boolean fresh) {
        return fresh ? select(CUSTOMER.c("id"), CUSTOMER.c("name"), CUSTOMER.c("description")).where(ID.eq(id))
                : BY_BOUND_ID;
    }

    @Override
    public Map<String, ?> selectByIdParameters(int id, boolean fresh) {
        return fresh ? Map.of() : Map.of("id", id);
    }

    @Override
    public Executable updateDescription() {
        return UPDATE;
    }

    @Override
    public Map<String, ?> updateParameters(int id, String description) {
        return Map.of("b_id", id, "b_description", description);
    }
}
