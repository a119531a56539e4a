package org.jalchemy.bench.systems.jalchemy;

import java.util.Map;
import org.jalchemy.sql.Executable;

/**
 * The statements a jalchemy Core column executes, so that the same workloads can run once with the expression
 * language and once with {@code text()}.
 */
interface CoreStatements {
    /** Inserts one row from {@code name} and {@code description} parameters. */
    Executable insert();

    /** Selects id, name and description of every row. */
    Executable selectAll();

    /** Selects the row with {@code id}; a new statement object each call when {@code fresh}. */
    Executable selectById(int id, boolean fresh);

    /** The parameters for {@link #selectById} (empty when the value is inside the statement). */
    Map<String, ?> selectByIdParameters(int id, boolean fresh);

    /** Updates one row's description by id, for executemany. */
    Executable updateDescription();

    /** One parameter set for {@link #updateDescription()}. */
    Map<String, ?> updateParameters(int id, String description);
}
