package org.jalchemy.sql;

/**
 * The binary operators of the expression language, with their SQL text, precedence and negation.
 *
 * <p>Mirrors {@code sqlalchemy.sql.operators}; precedences are SQLAlchemy's, used by the compiler to
 * decide where parentheses are needed. Dialects may render an operator differently (MariaDB's
 * {@code concat()} for {@link #CONCAT}).
 * <pre>{@code
 * Operator.EQ.sql(); // "="
 * Operator.EQ.negation(); // NE
 * }</pre>
 */
public enum Operator {
    MUL("*", 8, true),
    DIV("/", 8, false),
    MOD("%", 8, false),
    ADD("+", 7, true),
    SUB("-", 7, false),
    CONCAT("||", 6, true),
    EQ("=", 5, false),
    NE("!=", 5, false),
    LT("<", 5, false),
    LE("<=", 5, false),
    GT(">", 5, false),
    GE(">=", 5, false),
    IS("IS", 5, false),
    IS_NOT("IS NOT", 5, false),
    LIKE("LIKE", 5, false),
    NOT_LIKE("NOT LIKE", 5, false),
    ILIKE("ILIKE", 5, false),
    NOT_ILIKE("NOT ILIKE", 5, false),
    IN("IN", 5, false),
    NOT_IN("NOT IN", 5, false),
    REGEXP_MATCH("REGEXP", 5, false),
    COLLATE("COLLATE", 4, false),
    AND("AND", 3, true),
    OR("OR", 2, true);

    private final String sql;
    private final int precedence;
    private final boolean associative;

    Operator(String sql, int precedence, boolean associative) {
        this.sql = sql;
        this.precedence = precedence;
        this.associative = associative;
    }

    /** The operator as written in SQL by the default compiler. */
    public String sql() {
        return sql;
    }

    /** Higher binds tighter. */
    public int precedence() {
        return precedence;
    }

    /** True when {@code a op b op c} needs no parentheses whichever way it groups. */
    public boolean associative() {
        return associative;
    }

    /** The operator that negates this one, or {@code null} when {@code NOT (...)} is needed. */
    public Operator negation() {
        switch (this) {
            case EQ: return NE;
            case NE: return EQ;
            case LT: return GE;
            case GE: return LT;
            case GT: return LE;
            case LE: return GT;
            case IS: return IS_NOT;
            case IS_NOT: return IS;
            case LIKE: return NOT_LIKE;
            case NOT_LIKE: return LIKE;
            case ILIKE: return NOT_ILIKE;
            case NOT_ILIKE: return ILIKE;
            case IN: return NOT_IN;
            case NOT_IN: return IN;
            default: return null;
        }
    }
}
