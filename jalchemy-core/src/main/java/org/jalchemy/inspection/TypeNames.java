package org.jalchemy.inspection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reported type such as {@code varchar(20)} or {@code numeric(10, 2) unsigned} into its base name and
 * arguments, so every dialect's reflector builds {@link ReflectedColumn}s the same way.
 * <pre>{@code
 * ReflectedColumn c = TypeNames.column("price", "NUMERIC(10,2)", true, null, false, null);
 * c.precision(); // 10
 * }</pre>
 */
public final class TypeNames {
    private static final Pattern TYPE = Pattern.compile("\\s*([^(]*)(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?\\s*(.*)");
    private static final java.util.Map<String, String> CANONICAL = java.util.Map.ofEntries(
            java.util.Map.entry("CHARACTER VARYING", "VARCHAR"), java.util.Map.entry("CHARACTER", "CHAR"),
            java.util.Map.entry("TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP"),
            java.util.Map.entry("TIMESTAMP WITH TIME ZONE", "TIMESTAMP"), java.util.Map.entry("TIMESTAMPTZ", "TIMESTAMP"),
            java.util.Map.entry("TIME WITHOUT TIME ZONE", "TIME"), java.util.Map.entry("TIME WITH TIME ZONE", "TIME"),
            java.util.Map.entry("TIMETZ", "TIME"), java.util.Map.entry("BIT VARYING", "VARBIT"),
            java.util.Map.entry("INT", "INTEGER"), java.util.Map.entry("INT4", "INTEGER"), java.util.Map.entry("INT8", "BIGINT"),
            java.util.Map.entry("INT2", "SMALLINT"), java.util.Map.entry("DECIMAL", "NUMERIC"),
            java.util.Map.entry("NVARCHAR", "VARCHAR"), java.util.Map.entry("NCHAR", "CHAR"), java.util.Map.entry("BOOL", "BOOLEAN"));
    private static final java.util.Set<String> INTEGERS = java.util.Set.of("INTEGER", "BIGINT", "SMALLINT", "TINYINT",
            "MEDIUMINT");

    private TypeNames() {
    }

    /** A column whose type arguments are parsed from {@code reported}. */
    public static ReflectedColumn column(String name, String reported, boolean nullable, String defaultText,
                                         boolean autoincrement, String comment) {
        String raw = reported == null ? "" : reported.trim();
        Matcher m = TYPE.matcher(raw);
        String base = raw.toUpperCase();
        Integer first = null;
        Integer second = null;
        if (m.matches()) {
            base = (m.group(1).trim() + (m.group(4).isEmpty() ? "" : " " + m.group(4))).trim().toUpperCase();
            first = m.group(2) == null ? null : Integer.valueOf(m.group(2));
            second = m.group(3) == null ? null : Integer.valueOf(m.group(3));
        }
        boolean tz = base.contains("WITH TIME ZONE") || base.equals("TIMESTAMPTZ") || base.equals("TIMETZ");
        boolean unsigned = base.endsWith(" UNSIGNED");
        String plain = unsigned ? base.substring(0, base.length() - " UNSIGNED".length()) : base;
        plain = CANONICAL.getOrDefault(plain, plain);
        base = unsigned ? plain + " UNSIGNED" : plain;
        if (INTEGERS.contains(plain)) {
            // MySQL's INT(11) is a display width, not a precision
            first = null;
            second = null;
        }
        boolean characters = base.contains("CHAR") || base.contains("TEXT") || base.contains("CLOB")
                || base.contains("BINARY") || base.equals("BIT");
        Integer length = characters ? first : null;
        Integer precision = characters ? null : first;
        Integer scale = characters ? null : second;
        return new ReflectedColumn(name, raw.toUpperCase(), base, length, precision, scale, tz, nullable, defaultText,
                autoincrement, comment);
    }
}
