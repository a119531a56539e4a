package org.jalchemy.engine;

import java.sql.SQLException;
import java.util.List;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.DBAPIError;
import org.jalchemy.exc.DataError;
import org.jalchemy.exc.DatabaseError;
import org.jalchemy.exc.IntegrityError;
import org.jalchemy.exc.InterfaceError;
import org.jalchemy.exc.InternalError;
import org.jalchemy.exc.NotSupportedError;
import org.jalchemy.exc.OperationalError;
import org.jalchemy.exc.ProgrammingError;

/** Turns a driver's {@link SQLException} into the {@link DBAPIError} subclass the dialect classifies it as. */
final class ErrorTranslator {
    private ErrorTranslator() {
    }

    static DBAPIError translate(Dialect dialect, String sql, List<?> params, boolean hide, SQLException e,
                                boolean invalidated) {
        switch (dialect.classify(e)) {
            case INTEGRITY:
                return new IntegrityError(sql, params, hide, e, invalidated);
            case DATA:
                return new DataError(sql, params, hide, e, invalidated);
            case PROGRAMMING:
                return new ProgrammingError(sql, params, hide, e, invalidated);
            case NOT_SUPPORTED:
                return new NotSupportedError(sql, params, hide, e, invalidated);
            case INTERNAL:
                return new InternalError(sql, params, hide, e, invalidated);
            case INTERFACE:
                return new InterfaceError(sql, params, hide, e, invalidated);
            case OPERATIONAL:
                return new OperationalError(sql, params, hide, e, invalidated);
            default:
                return invalidated ? new OperationalError(sql, params, hide, e, true)
                        : new DatabaseError(sql, params, hide, e, false);
        }
    }
}
