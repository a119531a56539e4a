package org.jalchemy.inspection;

/**
 * A column as the database reports it, mirroring the dicts of SQLAlchemy's {@code Inspector.get_columns}.
 * <pre>{@code
 * ReflectedColumn c = inspector.getColumns("users").get(0);
 * c.name(); c.typeName(); c.nullable();
 * }</pre>
 *
 * @param name the column name as stored
 * @param typeName the database's type name, upper case, with its arguments, e.g. {@code VARCHAR(20)}
 * @param baseType the type name without arguments, e.g. {@code VARCHAR}
 * @param length character length, or null
 * @param precision numeric precision (or fractional seconds), or null
 * @param scale numeric scale, or null
 * @param timezone true for time zone aware date/time types
 * @param nullable whether NULL is allowed
 * @param defaultText the server default as SQL text, or null
 * @param autoincrement whether the database generates values (serial, identity, AUTO_INCREMENT, rowid alias)
 * @param comment the column comment, or null
 */
public record ReflectedColumn(String name, String typeName, String baseType, Integer length, Integer precision,
                              Integer scale, boolean timezone, boolean nullable, String defaultText,
                              boolean autoincrement, String comment) {

    /** The jalchemy type this column maps to ({@link ReflectedTypes#typeOf}). */
    public org.jalchemy.types.TypeEngine<?> type() {
        return ReflectedTypes.typeOf(this);
    }

    /**
     * The column as SQLAlchemy prints an entry of {@code get_columns()}, with the generic type name, so it reads
     * the same on every database: {@code {'name': 'id', 'type': INTEGER, 'nullable': False, 'default': None}}.
     */
    @Override
    public String toString() {
        String typeText;
        try {
            typeText = new org.jalchemy.sql.compiler.TypeCompiler().process(type());
        } catch (org.jalchemy.exc.CompileError e) {
            typeText = "NullType";
        }
        return "{'name': '" + name + "', 'type': " + typeText + ", 'nullable': " + (nullable ? "True" : "False")
                + ", 'default': " + (defaultText == null ? "None" : "'" + defaultText + "'") + "}";
    }
}
