package org.jalchemy.sql.compiler;

import java.util.Set;
import java.util.regex.Pattern;
import org.jalchemy.exc.CompileError;

/**
 * Quotes identifiers when they need it: reserved words of the dialect, names with upper case letters
 * (quoting keeps their case), spaces or other characters outside {@code [a-z0-9_$]}, or a leading digit
 * or {@code $}. Everything else is left bare, as SQLAlchemy does.
 *
 * <p>Mirrors {@code sqlalchemy.sql.compiler.IdentifierPreparer}. Immutable.
 * <pre>{@code
 * IdentifierPreparer p = IdentifierPreparer.DEFAULT;
 * p.quote("Test Table"); // "Test Table"
 * }</pre>
 */
public class IdentifierPreparer {
    /** SQLAlchemy's default reserved words (those of the default string compiler). */
    public static final Set<String> DEFAULT_RESERVED_WORDS = Set.of("all", "analyse", "analyze", "and", "any",
            "array", "as", "asc", "asymmetric", "authorization", "between", "binary", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "cross", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct",
            "do", "else", "end", "except", "false", "for", "foreign", "freeze", "from", "full", "grant", "group",
            "having", "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "new", "not", "notnull", "null",
            "off", "offset", "old", "on", "only", "or", "order", "outer", "overlaps", "placing", "primary",
            "references", "right", "select", "session_user", "set", "similar", "some", "symmetric", "table",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "verbose", "when", "where");

    /** Double quotes and the default reserved words. */
    public static final IdentifierPreparer DEFAULT = new IdentifierPreparer(DEFAULT_RESERVED_WORDS, '"');

    private static final Pattern LEGAL = Pattern.compile("^[a-z0-9_$]+$");

    private final Set<String> reservedWords;
    private final char quote;
    private final int maxLength;

    public IdentifierPreparer(Set<String> reservedWords, char quote) {
        this(reservedWords, quote, 0);
    }

    /** A preparer refusing names longer than {@code maxLength} characters (0: no limit). */
    public IdentifierPreparer(Set<String> reservedWords, char quote, int maxLength) {
        this.reservedWords = Set.copyOf(reservedWords);
        this.quote = quote;
        this.maxLength = maxLength;
    }

    /** The longest name the database takes, or 0 for no limit. */
    public int maxLength() {
        return maxLength;
    }

    /** True when {@code name} must be quoted. */
    public boolean requiresQuotes(String name) {
        char first = name.charAt(0);
        return reservedWords.contains(name.toLowerCase(java.util.Locale.ROOT)) || Character.isDigit(first)
                || first == '$' || !LEGAL.matcher(name).matches();
    }

    /** {@code name}, quoted if needed; an empty name or one containing NUL is a {@code CompileError}. */
    public String quote(String name) {
        if (name == null || name.isEmpty()) {
            throw new CompileError("An identifier cannot be empty");
        }
        if (name.indexOf('\0') >= 0) {
            throw new CompileError("An identifier cannot contain NUL: '" + name.replace("\0", "\\0") + "'");
        }
        if (maxLength > 0 && name.length() > maxLength) {
            throw new CompileError("Identifier '" + name + "' is " + name.length() + " characters long; this database"
                    + " takes at most " + maxLength);
        }
        if (!requiresQuotes(name)) {
            return name;
        }
        String q = String.valueOf(quote);
        return q + name.replace(q, q + q) + q;
    }

    /** {@code schema.name} with each part quoted as needed. */
    public String quoteQualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }
}
