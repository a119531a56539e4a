package org.jalchemy.orm;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import org.jalchemy.orm.mapping.ColumnProperty;
import org.jalchemy.orm.mapping.Mapper;
import org.jalchemy.orm.state.InstanceState;
import org.jalchemy.schema.Column;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.Grouping;
import org.jalchemy.sql.Keyword;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.UnaryExpression;

/**
 * Evaluates a bulk statement's WHERE criteria against objects in memory, for SQLAlchemy's
 * {@code synchronize_session='evaluate'}: comparisons, IS [NOT] NULL, [NOT] IN, AND, OR and NOT over the
 * mapped table's columns and literal values. Anything else (LIKE, functions, other tables, subqueries)
 * cannot be evaluated, and the session falls back to fetching the matching keys.
 * <pre>{@code
 * CriteriaEvaluator e = CriteriaEvaluator.compile(mapper, User.NAME.eq("ed")); // null if not evaluable
 * Boolean matches = e.matches(user, state); // null when an attribute it needs is expired
 * }</pre>
 */
final class CriteriaEvaluator {
    /** An attribute the criteria need is expired on this object: its match is unknown. */
    private static final class Unknown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    private final Mapper<?> mapper;
    private final ColumnElement<?> criteria;

    private CriteriaEvaluator(Mapper<?> mapper, ColumnElement<?> criteria) {
        this.mapper = mapper;
        this.criteria = criteria;
    }

    /** An evaluator of {@code criteria} (null meaning "every row"), or null when they cannot be evaluated. */
    static CriteriaEvaluator compile(Mapper<?> mapper, ColumnElement<Boolean> criteria) {
        if (criteria != null && !evaluable(mapper, criteria)) {
            return null;
        }
        return new CriteriaEvaluator(mapper, criteria);
    }

    private static boolean evaluable(Mapper<?> mapper, ColumnElement<?> e) {
        if (e instanceof Column<?> c) {
            return c.table() == mapper.table() && mapper.indexOf(c.key()) >= 0;
        }
        if (e instanceof BindParameter<?> || e instanceof Keyword<?>) {
            return true;
        }
        if (e instanceof Grouping<?> g) {
            return evaluable(mapper, g.element());
        }
        if (e instanceof UnaryExpression<?> u) {
            return u.kind() == UnaryExpression.Kind.NOT && evaluable(mapper, u.element());
        }
        if (e instanceof BooleanClauseList l) {
            return l.clauses().stream().allMatch(x -> evaluable(mapper, x));
        }
        if (e instanceof BinaryExpression<?> b) {
            boolean supported = switch (b.operator()) {
                case EQ, NE, LT, LE, GT, GE, IS, IS_NOT, IN, NOT_IN -> true;
                default -> false;
            };
            return supported && evaluable(mapper, b.left()) && evaluable(mapper, b.right());
        }
        return false;
    }

    /** Whether {@code obj} matches: true, false, or null when an expired attribute makes it unknown. */
    Boolean matches(Object obj, InstanceState state) {
        if (criteria == null) {
            return true;
        }
        try {
            return Boolean.TRUE.equals(eval(criteria, obj, state));
        } catch (Unknown u) {
            return null;
        }
    }

    private Object eval(ColumnElement<?> e, Object obj, InstanceState state) {
        if (e instanceof Column<?> c) {
            ColumnProperty p = mapper.property(c.key());
            if (state.isExpired(p.index())) {
                throw new Unknown();
            }
            return p.get(obj);
        }
        if (e instanceof BindParameter<?> b) {
            return b.value();
        }
        if (e instanceof Keyword<?> k) {
            return k.kind() == Keyword.Kind.NULL ? null : k.kind() == Keyword.Kind.TRUE;
        }
        if (e instanceof Grouping<?> g) {
            return eval(g.element(), obj, state);
        }
        if (e instanceof UnaryExpression<?> u) {
            Object v = eval(u.element(), obj, state);
            return v == null ? null : !(Boolean) v;
        }
        if (e instanceof BooleanClauseList l) {
            return logical(l.operator() == Operator.AND, l.clauses(), obj, state);
        }
        BinaryExpression<?> b = (BinaryExpression<?>) e;
        Object left = eval(b.left(), obj, state);
        Object right = eval(b.right(), obj, state);
        switch (b.operator()) {
            case IS:
                return right == null ? left == null : equal(left, right);
            case IS_NOT:
                return right == null ? left != null : !equal(left, right);
            case IN:
            case NOT_IN: {
                if (left == null) {
                    return null;
                }
                boolean in = false;
                for (Object v : (Collection<?>) right) {
                    in |= equal(left, v);
                }
                return b.operator() == Operator.IN ? in : !in;
            }
            default:
                break;
        }
        if (left == null || right == null) {
            return null;
        }
        int cmp = compare(left, right);
        return switch (b.operator()) {
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case GT -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    /** SQL's three-valued AND/OR. */
    private Object logical(boolean and, List<ColumnElement<?>> clauses, Object obj, InstanceState state) {
        boolean sawNull = false;
        for (ColumnElement<?> c : clauses) {
            Object v = eval(c, obj, state);
            if (v == null) {
                sawNull = true;
            } else if ((Boolean) v != and) {
                return !and;
            }
        }
        return sawNull ? null : and;
    }

    private static boolean equal(Object a, Object b) {
        return a != null && b != null && compare(a, b) == 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
        }
        if (a instanceof Comparable ca && a.getClass().isInstance(b)) {
            return ca.compareTo(b);
        }
        return a.equals(b) ? 0 : 1;
    }
}
