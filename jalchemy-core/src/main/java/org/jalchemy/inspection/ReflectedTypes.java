package org.jalchemy.inspection;

import org.jalchemy.types.NullType;
import org.jalchemy.types.SqlTypes;
import org.jalchemy.types.TypeEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps a reflected column's database type back to a jalchemy type, keeping length, precision, scale and time
 * zone. A type no rule knows becomes {@link NullType} with a warning, as SQLAlchemy does, rather than failing
 * the whole reflection. SQLite's declared types follow its affinity rules (a name containing {@code INT} is
 * an integer, {@code CHAR}/{@code CLOB}/{@code TEXT} a string).
 * <pre>{@code
 * TypeEngine<?> t = ReflectedTypes.typeOf(inspector.getColumns("track").get(8)); // NumericType(10, 2)
 * }</pre>
 */
public final class ReflectedTypes {
    private static final Logger LOG = LoggerFactory.getLogger(ReflectedTypes.class);

    private ReflectedTypes() {
    }

    public static TypeEngine<?> typeOf(ReflectedColumn column) {
        String base = column.baseType().replace(" UNSIGNED", "");
        switch (base) {
            case "INTEGER":
            case "MEDIUMINT":
            case "SERIAL":
                return SqlTypes.INTEGER;
            case "SMALLINT":
            case "TINYINT":
            case "SMALLSERIAL":
                return SqlTypes.SMALLINT;
            case "BIGINT":
            case "BIGSERIAL":
                return SqlTypes.BIGINT;
            case "BOOLEAN":
                return SqlTypes.BOOLEAN;
            case "VARCHAR":
            case "CHAR":
            case "VARCHAR2":
            case "NATIONAL VARCHAR":
                return column.length() == null ? SqlTypes.STRING : SqlTypes.string(column.length());
            case "TEXT":
            case "CLOB":
            case "TINYTEXT":
            case "MEDIUMTEXT":
            case "LONGTEXT":
                return SqlTypes.TEXT;
            case "NUMERIC":
                return column.precision() == null ? SqlTypes.NUMERIC
                        : SqlTypes.numeric(column.precision(), column.scale() == null ? 0 : column.scale());
            case "REAL":
            case "FLOAT4":
            case "FLOAT":
                return SqlTypes.FLOAT;
            case "DOUBLE":
            case "DOUBLE PRECISION":
            case "FLOAT8":
                return SqlTypes.DOUBLE;
            case "DATE":
                return SqlTypes.DATE;
            case "TIME":
                return SqlTypes.TIME;
            case "TIMESTAMP":
            case "DATETIME":
                return SqlTypes.dateTime(column.timezone());
            case "BLOB":
            case "BYTEA":
            case "BINARY":
            case "VARBINARY":
            case "TINYBLOB":
            case "MEDIUMBLOB":
            case "LONGBLOB":
                return SqlTypes.LARGE_BINARY;
            case "JSON":
            case "JSONB":
                return SqlTypes.JSON;
            case "UUID":
                return SqlTypes.UUID;
            default:
                return byAffinity(column, base);
        }
    }

    private static TypeEngine<?> byAffinity(ReflectedColumn column, String base) {
        if (base.contains("INT")) {
            return SqlTypes.INTEGER;
        }
        if (base.contains("CHAR") || base.contains("CLOB") || base.contains("TEXT")) {
            return column.length() == null ? SqlTypes.STRING : SqlTypes.string(column.length());
        }
        LOG.warn("Did not recognize type '{}' of column '{}'; reflecting it as NullType", column.typeName(), column.name());
        return NullType.INSTANCE;
    }
}
