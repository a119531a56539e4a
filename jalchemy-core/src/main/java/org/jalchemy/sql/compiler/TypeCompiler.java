package org.jalchemy.sql.compiler;

import org.jalchemy.exc.CompileError;
import org.jalchemy.types.BigIntegerType;
import org.jalchemy.types.BooleanType;
import org.jalchemy.types.DateTimeType;
import org.jalchemy.types.DateType;
import org.jalchemy.types.DoubleType;
import org.jalchemy.types.EnumType;
import org.jalchemy.types.FloatType;
import org.jalchemy.types.IntegerType;
import org.jalchemy.types.JsonType;
import org.jalchemy.types.LargeBinaryType;
import org.jalchemy.types.NullType;
import org.jalchemy.types.NumericType;
import org.jalchemy.types.SmallIntegerType;
import org.jalchemy.types.StringType;
import org.jalchemy.types.TextType;
import org.jalchemy.types.TimeType;
import org.jalchemy.types.TypeEngine;
import org.jalchemy.types.UuidType;

/**
 * Renders a type's name for DDL and CAST: one {@code visit...} method per generic type, overridden by
 * dialects where their names differ.
 *
 * <p>Mirrors {@code sqlalchemy.sql.compiler.GenericTypeCompiler}. A type this compiler does not know
 * may render itself by implementing {@link Named}.
 * <pre>{@code
 * new TypeCompiler().process(SqlTypes.string(50)); // VARCHAR(50)
 * new TypeCompiler().process(SqlTypes.numeric(10, 2)); // NUMERIC(10, 2)
 * }</pre>
 */
public class TypeCompiler {
    /** A user type that knows its own DDL name on every dialect. */
    public interface Named {
        String ddlName();
    }

    /** The DDL name of {@code type}. */
    public String process(TypeEngine<?> type) {
        if (type instanceof IntegerType t) {
            return visitInteger(t);
        } else if (type instanceof SmallIntegerType t) {
            return visitSmallInteger(t);
        } else if (type instanceof BigIntegerType t) {
            return visitBigInteger(t);
        } else if (type instanceof BooleanType t) {
            return visitBoolean(t);
        } else if (type instanceof StringType t) {
            return visitString(t);
        } else if (type instanceof TextType t) {
            return visitText(t);
        } else if (type instanceof FloatType t) {
            return visitFloat(t);
        } else if (type instanceof DoubleType t) {
            return visitDouble(t);
        } else if (type instanceof NumericType t) {
            return visitNumeric(t);
        } else if (type instanceof DateType t) {
            return visitDate(t);
        } else if (type instanceof TimeType t) {
            return visitTime(t);
        } else if (type instanceof DateTimeType<?> t) {
            return visitDateTime(t);
        } else if (type instanceof LargeBinaryType t) {
            return visitLargeBinary(t);
        } else if (type instanceof EnumType<?> t) {
            return visitEnum(t);
        } else if (type instanceof JsonType t) {
            return visitJson(t);
        } else if (type instanceof UuidType t) {
            return visitUuid(t);
        } else if (type instanceof org.jalchemy.types.IntervalType t) {
            return visitInterval(t);
        } else if (type instanceof org.jalchemy.types.TypeDecorator<?, ?> d) {
            return process(d.impl());
        } else if (type instanceof Named n) {
            return n.ddlName();
        } else if (type instanceof NullType) {
            throw new CompileError("Can't generate DDL for NullType(); did you forget to specify a type on this Column?");
        }
        throw new CompileError("No DDL name for type " + type + " on this dialect");
    }

    protected String visitInteger(IntegerType type) {
        return "INTEGER";
    }

    protected String visitSmallInteger(SmallIntegerType type) {
        return "SMALLINT";
    }

    protected String visitBigInteger(BigIntegerType type) {
        return "BIGINT";
    }

    protected String visitBoolean(BooleanType type) {
        return "BOOLEAN";
    }

    protected String visitString(StringType type) {
        return type.length() == null ? "VARCHAR" : "VARCHAR(" + type.length() + ")";
    }

    protected String visitText(TextType type) {
        return "TEXT";
    }

    protected String visitFloat(FloatType type) {
        return "FLOAT";
    }

    protected String visitDouble(DoubleType type) {
        return "DOUBLE";
    }

    protected String visitNumeric(NumericType type) {
        if (type.precision() == null) {
            return "NUMERIC";
        }
        return type.scale() == null ? "NUMERIC(" + type.precision() + ")"
                : "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
    }

    protected String visitDate(DateType type) {
        return "DATE";
    }

    protected String visitTime(TimeType type) {
        return "TIME";
    }

    protected String visitDateTime(DateTimeType<?> type) {
        return "DATETIME";
    }

    protected String visitLargeBinary(LargeBinaryType type) {
        return "BLOB";
    }

    protected String visitEnum(EnumType<?> type) {
        return "VARCHAR(" + type.length() + ")";
    }

    protected String visitJson(JsonType type) {
        return "JSON";
    }

    protected String visitUuid(UuidType type) {
        return "CHAR(32)";
    }

    /** A date-time offset from 1970, as SQLAlchemy stores an Interval without a native type. */
    protected String visitInterval(org.jalchemy.types.IntervalType type) {
        return visitDateTime(org.jalchemy.types.DateTimeType.WITHOUT_TIMEZONE);
    }
}
