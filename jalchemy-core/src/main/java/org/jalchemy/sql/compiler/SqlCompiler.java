package org.jalchemy.sql.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jalchemy.dialect.Dialect;
import org.jalchemy.exc.CompileError;
import org.jalchemy.sql.Alias;
import org.jalchemy.sql.Between;
import org.jalchemy.sql.BinaryExpression;
import org.jalchemy.sql.BindParameter;
import org.jalchemy.sql.BooleanClauseList;
import org.jalchemy.sql.Case;
import org.jalchemy.sql.Cast;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnClause;
import org.jalchemy.sql.ColumnDefault;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.Delete;
import org.jalchemy.sql.ExecutableClause;
import org.jalchemy.sql.Excluded;
import org.jalchemy.sql.Exists;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Function;
import org.jalchemy.sql.FunctionFilter;
import org.jalchemy.sql.Grouping;
import org.jalchemy.sql.Insert;
import org.jalchemy.sql.Join;
import org.jalchemy.sql.Keyword;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.LabelReference;
import org.jalchemy.sql.LiteralColumn;
import org.jalchemy.sql.OnConflict;
import org.jalchemy.sql.Operator;
import org.jalchemy.sql.Over;
import org.jalchemy.sql.ScalarSelect;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;
import org.jalchemy.sql.StatementShape;
import org.jalchemy.sql.TableClause;
import org.jalchemy.sql.TextClause;
import org.jalchemy.sql.TypeCoerce;
import org.jalchemy.sql.UnaryExpression;
import org.jalchemy.sql.Update;
import org.jalchemy.types.TypeEngine;

/**
 * Renders an expression tree into SQL for one dialect: a visitor with one {@code visit...} method per
 * node type. Dialects subclass it and override only what differs (MariaDB's {@code concat()}, SQLite's
 * {@code LIMIT -1}); nodes never ask for the dialect's name.
 *
 * <p>Mirrors {@code sqlalchemy.sql.compiler.SQLCompiler}. One instance compiles one statement (it is
 * stateful); {@code Dialect.newCompiler()} makes them. Parentheses follow SQLAlchemy's operator
 * precedence. Anonymous binds are named {@code key_N} in rendering order. An expanding IN bind renders
 * as SQLAlchemy 1.4's {@code __[POSTCOMPILE_name]} marker in {@link Compiled#sql()}, replaced by one
 * {@code ?} per element when bound.
 * <pre>{@code
 * Compiled c = dialect.newCompiler().compile(select(users).where(users.c("id").eq(5)));
 * c.sql(); // SELECT "user".id, ... FROM "user" WHERE "user".id = ?
 * }</pre>
 */
public class SqlCompiler {
    private static final Pattern FUNCTION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_.$]*");
    private static final Set<String> ANSI_FUNCTIONS = Set.of("current_date", "current_time", "current_timestamp",
            "current_user", "localtime", "localtimestamp", "session_user", "user");

    /** Where a column expression is being rendered. */
    protected enum Context {
        /** The SELECT list: labels render {@code AS name}. */
        COLUMNS,
        /** ORDER BY / GROUP BY: a label of the same SELECT renders as its name. */
        ORDER_BY,
        /** Anywhere else. */
        OTHER
    }

    /** The state of one SELECT being rendered, for correlation and label references. */
    protected record SelectFrame(List<FromClause> froms, Set<Label<?>> labels) {
    }

    protected final Dialect dialect;
    protected final IdentifierPreparer preparer;
    protected final TypeCompiler typeCompiler;
    protected final StringBuilder sql = new StringBuilder();

    private final List<BindSlot> slots = new ArrayList<>();
    private final IdentityHashMap<BindParameter<?>, Integer> shapeIndex = new IdentityHashMap<>();
    private final IdentityHashMap<BindParameter<?>, String> bindNames = new IdentityHashMap<>();
    private final IdentityHashMap<Object, String> anonNames = new IdentityHashMap<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final java.util.Set<String> namedBinds = new java.util.HashSet<>();
    private final Deque<SelectFrame> selects = new ArrayDeque<>();
    private List<ResultColumn> resultColumns = List.of();
    private int dmlDepth;
    private List<ResultColumn> lastColumns = List.of();
    private Context context = Context.OTHER;
    private boolean literalBinds;
    private boolean qualifyColumns = true;
    private boolean correlating;

    public SqlCompiler(Dialect dialect) {
        this.dialect = dialect;
        this.preparer = dialect.identifierPreparer();
        this.typeCompiler = dialect.typeCompiler();
    }

    /**
     * Switches this compiler to render bound values inline as literals (SQLAlchemy's
     * {@code literal_binds}), for logs and DDL; the result has no placeholders. Returns this compiler.
     */
    public SqlCompiler withLiteralBinds() {
        this.literalBinds = true;
        return this;
    }

    /** How values are written in the literal-binds mode. */
    protected LiteralRenderer literalRenderer() {
        return new LiteralRenderer();
    }

    /** Compiles {@code element}; call once per instance. */
    public SqlCompiled compile(ClauseElement element) {
        StatementShape shape = element instanceof ExecutableClause ec ? ec.shape() : StatementShape.of(element);
        for (int i = 0; i < shape.bindCount(); i++) {
            BindParameter<?> bind = shape.bind(i);
            shapeIndex.putIfAbsent(bind, i);
            if (!bind.unique()) {
                namedBinds.add(bind.key());
            }
        }
        process(element);
        return new SqlCompiled(sql.toString(), slots, resultColumns, null);
    }

    /** Renders {@code element} at the current position. */
    public void process(ClauseElement element) {
        element.accept(this);
    }

    // ---- binds -----------------------------------------------------------------------------------------

    /** The rendered name of {@code bind}: its key, or {@code key_N} for a unique bind. */
    protected String bindName(BindParameter<?> bind) {
        if (!bind.unique()) {
            return bind.key();
        }
        return bindNames.computeIfAbsent(bind, b -> {
            String name;
            do {
                // a generated name never takes one the user gave a bind parameter
                name = b.key() + "_" + counters.merge(b.key(), 1, Integer::sum);
            } while (namedBinds.contains(name));
            return name;
        });
    }

    /** The text of a placeholder: {@code ?}, or {@code :name} on a dialect with named parameters. */
    protected String placeholder(String name) {
        return dialect.positionalParameters() ? "?" : ":" + name;
    }

    public void visitBindParameter(BindParameter<?> bind) {
        if (literalBinds) {
            renderLiteralBind(bind);
            return;
        }
        String name = bindName(bind);
        int index = shapeIndex.getOrDefault(bind, -1);
        TypeEngine<?> type = dialect.typeDescriptor(bind.type());
        BindParameter<?> fixed = index < 0 ? bind : null;
        if (bind.expanding()) {
            int start = sql.length();
            sql.append("__[POSTCOMPILE_").append(name).append(']');
            slots.add(new BindSlot(name, type.binder(dialect), index, null, fixed, start, sql.length(),
                    emptySetExpression(bind.type())));
        } else {
            sql.append(placeholder(name));
            slots.add(new BindSlot(name, type.binder(dialect), index, null, fixed, -1, -1, null));
        }
    }

    private void renderLiteralBind(BindParameter<?> bind) {
        if (!bind.hasValue()) {
            throw new CompileError("Bind parameter '" + bind.key() + "' has no value to render as a literal");
        }
        LiteralRenderer renderer = literalRenderer();
        if (bind.expanding()) {
            java.util.Collection<?> values = (java.util.Collection<?>) bind.value();
            if (values.isEmpty()) {
                sql.append(emptySetExpression(bind.type()));
                return;
            }
            int i = 0;
            for (Object v : values) {
                sql.append(i++ == 0 ? "" : ", ").append(renderer.render(v, bind.type()));
            }
            return;
        }
        sql.append(renderer.render(bind.value(), bind.type()));
    }

    /** A placeholder whose value is a column default computed per row. */
    protected void renderDefaultBind(ColumnClause<?> column, ColumnDefault columnDefault) {
        TypeEngine<?> type = dialect.typeDescriptor(column.type());
        sql.append(placeholder(column.key()));
        slots.add(new BindSlot(column.key(), type.binder(dialect), -1, columnDefault.generator(), null, -1, -1, null));
    }

    /** What goes inside {@code IN ( )} for an empty list: a subquery returning no rows. */
    protected String emptySetExpression(TypeEngine<?> elementType) {
        String typeName;
        try {
            typeName = typeCompiler.process(elementType);
        } catch (CompileError e) {
            typeName = "INTEGER";
        }
        return "SELECT CAST(NULL AS " + typeName + ") WHERE 1!=1";
    }

    // ---- column expressions ---------------------------------------------------------------------------

    /** The precedence of {@code element} as an operand; atoms bind tightest. */
    protected int precedence(ClauseElement element) {
        if (element instanceof BinaryExpression<?> b) {
            return b.operator().precedence();
        } else if (element instanceof BooleanClauseList list) {
            return list.operator().precedence();
        } else if (element instanceof UnaryExpression<?> u) {
            return u.kind().precedence();
        } else if (element instanceof Between) {
            return 5;
        } else if (element instanceof TextClause) {
            return -1;
        }
        return 100;
    }

    /** Renders {@code operand} of {@code operator}, in parentheses when precedence requires. */
    protected void operand(ClauseElement operand, Operator operator) {
        boolean sameAssociative = operand instanceof BinaryExpression<?> b && b.operator() == operator
                && operator.associative();
        boolean group = !sameAssociative && precedence(operand) <= operator.precedence();
        operand(operand, group);
    }

    private void operand(ClauseElement operand, boolean group) {
        Context saved = context;
        context = Context.OTHER;
        if (group) {
            sql.append('(');
        }
        process(operand);
        if (group) {
            sql.append(')');
        }
        context = saved;
    }

    public void visitColumn(ColumnClause<?> column) {
        FromClause table = column.table();
        if (table != null && qualifyColumns) {
            sql.append(fromName(table)).append('.');
        }
        sql.append(preparer.quote(column.name()));
    }

    /** How a FROM object is referred to by its columns: the table name or the alias name. */
    protected String fromName(FromClause from) {
        if (from instanceof TableClause t) {
            return preparer.quoteQualified(t.schema(), t.name());
        } else if (from instanceof Alias a) {
            return preparer.quote(aliasName(a));
        } else if (from instanceof Cte c) {
            return preparer.quote(c.name());
        }
        throw new CompileError("Cannot qualify a column with " + from.description());
    }

    /** The alias's name, or {@code anon_N} for an anonymous one. */
    protected String aliasName(Alias alias) {
        if (alias.name() != null) {
            return alias.name();
        }
        return anonNames.computeIfAbsent(alias, a -> "anon_" + counters.merge("anon", 1, Integer::sum));
    }

    public void visitBinary(BinaryExpression<?> binary) {
        Operator op = binary.operator();
        switch (op) {
            case CONCAT:
                visitConcat(binary);
                return;
            case ILIKE:
            case NOT_ILIKE:
                visitIlike(binary);
                return;
            case REGEXP_MATCH:
                visitRegexpMatch(binary);
                return;
            case IN:
            case NOT_IN:
                visitIn(binary);
                return;
            default:
                operand(binary.left(), op);
                sql.append(' ').append(op.sql()).append(' ');
                operand(binary.right(), op);
                renderEscape(binary);
        }
    }

    protected void renderEscape(BinaryExpression<?> binary) {
        if (binary.escape() != null) {
            sql.append(" ESCAPE ").append(literalString(String.valueOf(binary.escape())));
        }
    }

    /** {@code a || b}; MariaDB renders {@code concat(a, b)}. */
    protected void visitConcat(BinaryExpression<?> binary) {
        operand(binary.left(), Operator.CONCAT);
        sql.append(" || ");
        operand(binary.right(), Operator.CONCAT);
    }

    /** {@code lower(a) LIKE lower(b)}; PostgreSQL renders {@code ILIKE}. */
    protected void visitIlike(BinaryExpression<?> binary) {
        sql.append("lower(");
        operand(binary.left(), false);
        sql.append(binary.operator() == Operator.ILIKE ? ") LIKE lower(" : ") NOT LIKE lower(");
        operand(binary.right(), false);
        sql.append(')');
        renderEscape(binary);
    }

    /** {@code a REGEXP b}; PostgreSQL renders {@code a ~ b}. */
    protected void visitRegexpMatch(BinaryExpression<?> binary) {
        operand(binary.left(), Operator.REGEXP_MATCH);
        sql.append(" REGEXP ");
        operand(binary.right(), Operator.REGEXP_MATCH);
    }

    protected void visitIn(BinaryExpression<?> binary) {
        operand(binary.left(), binary.operator());
        sql.append(' ').append(binary.operator().sql()).append(' ');
        if (binary.right() instanceof BindParameter<?> bind && bind.expanding()) {
            sql.append('(');
            process(bind);
            sql.append(')');
        } else {
            operand(binary.right(), false);
        }
    }

    public void visitBooleanClauseList(BooleanClauseList list) {
        String separator = " " + list.operator().sql() + " ";
        boolean first = true;
        for (ColumnElement<?> clause : list.clauses()) {
            if (!first) {
                sql.append(separator);
            }
            first = false;
            operand(clause, list.operator());
        }
    }

    public void visitUnary(UnaryExpression<?> unary) {
        UnaryExpression.Kind kind = unary.kind();
        if (kind.prefix()) {
            sql.append(kind.sql());
            if (kind != UnaryExpression.Kind.NEGATIVE) {
                sql.append(' ');
            }
            boolean group = precedence(unary.element()) <= kind.precedence()
                    || (kind == UnaryExpression.Kind.NOT && unary.element() instanceof Exists);
            operand(unary.element(), group);
        } else {
            Context saved = context;
            process(unary.element());
            context = saved;
            sql.append(' ').append(kind.sql());
        }
    }

    public void visitGrouping(Grouping<?> grouping) {
        operand(grouping.element(), true);
    }

    public void visitLabel(Label<?> label) {
        if (context == Context.COLUMNS) {
            operand(label.element(), false);
            sql.append(" AS ").append(preparer.quote(label.name()));
        } else if (context == Context.ORDER_BY && !selects.isEmpty() && selects.peek().labels().contains(label)) {
            sql.append(preparer.quote(label.name()));
        } else {
            process(label.element());
        }
    }

    public void visitLabelReference(LabelReference reference) {
        sql.append(preparer.quote(reference.name()));
    }

    public void visitCast(Cast<?> cast) {
        sql.append("CAST(");
        operand(cast.element(), false);
        sql.append(" AS ").append(castTypeName(cast.type())).append(')');
    }

    /** The type name inside CAST; MySQL allows only a few. */
    protected String castTypeName(TypeEngine<?> type) {
        return typeCompiler.process(type);
    }

    public void visitFunction(Function<?> function) {
        String name = function.functionName();
        if (!FUNCTION_NAME.matcher(name).matches()) {
            throw new CompileError("Invalid SQL function name '" + name + "'");
        }
        if (renderKnownFunction(function)) {
            return;
        }
        if (ANSI_FUNCTIONS.contains(name.toLowerCase(java.util.Locale.ROOT)) && function.arguments().isEmpty()) {
            sql.append(name.toUpperCase(java.util.Locale.ROOT));
            return;
        }
        sql.append(name).append('(');
        if (function.star()) {
            sql.append('*');
        }
        boolean first = true;
        for (ColumnElement<?> arg : function.arguments()) {
            if (!first) {
                sql.append(", ");
            }
            first = false;
            operand(arg, false);
        }
        sql.append(')');
    }

    /** Renders functions whose spelling differs on this dialect; returns false to use {@code name(args)}. */
    protected boolean renderKnownFunction(Function<?> function) {
        return false;
    }

    public void visitKeyword(Keyword<?> keyword) {
        switch (keyword.kind()) {
            case NULL:
                sql.append("NULL");
                break;
            case TRUE:
                sql.append(dialect.supportsNativeBoolean() ? "true" : "1");
                break;
            default:
                sql.append(dialect.supportsNativeBoolean() ? "false" : "0");
        }
    }

    public void visitOver(Over<?> over) {
        operand(over.element(), false);
        sql.append(" OVER (");
        boolean space = false;
        if (!over.partitionByClauses().isEmpty()) {
            sql.append("PARTITION BY ");
            renderList(over.partitionByClauses(), Context.OTHER);
            space = true;
        }
        if (!over.orderByClauses().isEmpty()) {
            sql.append(space ? " ORDER BY " : "ORDER BY ");
            renderList(over.orderByClauses(), Context.OTHER);
            space = true;
        }
        if (over.frameMode() != null) {
            sql.append(space ? " " : "").append(over.frameMode()).append(" BETWEEN ")
                    .append(frameBound(over.frameStart(), "PRECEDING")).append(" AND ")
                    .append(frameBound(over.frameEnd(), "FOLLOWING"));
        }
        sql.append(')');
    }

    private static String frameBound(Long bound, String unbounded) {
        if (bound == null) {
            return "UNBOUNDED " + unbounded;
        } else if (bound == 0) {
            return "CURRENT ROW";
        }
        return bound < 0 ? -bound + " PRECEDING" : bound + " FOLLOWING";
    }

    /** {@code agg FILTER (WHERE cond)}; MariaDB has none. */
    public void visitFunctionFilter(FunctionFilter<?> filter) {
        process(filter.function());
        sql.append(" FILTER (WHERE ");
        operand(filter.criterion(), false);
        sql.append(')');
    }

    public void visitTypeCoerce(TypeCoerce<?> coerce) {
        process(coerce.element());
    }

    /** A CTE in FROM is referred to by name; its definition goes in the WITH clause. */
    public void visitCte(Cte cte) {
        sql.append(preparer.quote(cte.name()));
    }

    public void visitLiteralColumn(LiteralColumn<?> literal) {
        sql.append(literal.text());
    }

    public void visitCase(Case<?> caseElement) {
        sql.append("CASE");
        for (int i = 0; i < caseElement.conditions().size(); i++) {
            sql.append(" WHEN ");
            operand(caseElement.conditions().get(i), false);
            sql.append(" THEN ");
            operand(caseElement.results().get(i), false);
        }
        if (caseElement.otherwise() != null) {
            sql.append(" ELSE ");
            operand(caseElement.otherwise(), false);
        }
        sql.append(" END");
    }

    public void visitBetween(Between between) {
        operand(between.element(), precedence(between.element()) <= 5);
        sql.append(" BETWEEN ");
        operand(between.lower(), precedence(between.lower()) <= 5);
        sql.append(" AND ");
        operand(between.upper(), precedence(between.upper()) <= 5);
    }

    public void visitTextClause(TextClause text) {
        List<String> fragments = text.fragments();
        List<String> names = text.bindNames();
        for (int i = 0; i < fragments.size(); i++) {
            String fragment = fragments.get(i);
            sql.append(dialect.positionalParameters() ? dialect.escapeLiteralQuestionMarks(fragment) : fragment);
            if (i < names.size()) {
                visitBindParameter(text.bindParameter(names.get(i)));
            }
        }
    }

    public void visitScalarSelect(ScalarSelect<?> scalar) {
        sql.append('(');
        nested(scalar.element(), true);
        sql.append(')');
    }

    public void visitExists(Exists exists) {
        sql.append("EXISTS (");
        nested(exists.element(), true);
        sql.append(')');
    }

    void nested(SelectBase select, boolean correlate) {
        Context savedContext = context;
        boolean savedCorrelating = correlating;
        boolean savedQualify = qualifyColumns;
        context = Context.OTHER;
        correlating = correlate;
        qualifyColumns = true;
        process(select);
        context = savedContext;
        correlating = savedCorrelating;
        qualifyColumns = savedQualify;
    }

    /** A string literal, quotes doubled; used for ESCAPE characters and DDL defaults, never for user values in DML. */
    public String literalString(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new CompileError("A string literal cannot contain NUL");
        }
        return "'" + value.replace("'", "''") + "'";
    }

    // ---- FROM objects ----------------------------------------------------------------------------------

    public void visitTable(TableClause table) {
        sql.append(preparer.quoteQualified(table.schema(), table.name()));
    }

    public void visitAlias(Alias alias) {
        if (alias.element() instanceof SelectBase select) {
            if (alias.lateral()) {
                renderLateralKeyword();
            }
            sql.append('(');
            nested(select, alias.lateral());
            sql.append(')');
        } else {
            process(alias.element());
        }
        sql.append(" AS ").append(preparer.quote(aliasName(alias)));
    }

    /** {@code LATERAL }; MariaDB has no lateral subqueries. */
    protected void renderLateralKeyword() {
        sql.append("LATERAL ");
    }

    public void visitJoin(Join join) {
        process(join.left());
        sql.append(join.isFull() ? " FULL OUTER JOIN " : join.isOuter() ? " LEFT OUTER JOIN " : " JOIN ");
        boolean group = join.right() instanceof Join;
        if (group) {
            sql.append('(');
        }
        process(join.right());
        if (group) {
            sql.append(')');
        }
        sql.append(" ON ");
        Context saved = context;
        context = Context.OTHER;
        process(join.onclause());
        context = saved;
    }

    // ---- SELECT (rendered by SelectRenderer) ----------------------------------------------------------

    public void visitSelect(Select select) {
        new SelectRenderer(this).select(select);
    }

    public void visitCompoundSelect(CompoundSelect compound) {
        new SelectRenderer(this).compound(compound);
    }

    Deque<SelectFrame> frames() {
        return selects;
    }

    boolean correlating() {
        return correlating;
    }

    /** Sets whether the next SELECT correlates; returns the previous setting. */
    boolean correlating(boolean value) {
        boolean previous = correlating;
        correlating = value;
        return previous;
    }

    /** Sets whether columns render with their table's name; returns the previous setting. */
    boolean qualifyColumns(boolean value) {
        boolean previous = qualifyColumns;
        qualifyColumns = value;
        return previous;
    }

    void resultColumns(List<ResultColumn> columns) {
        resultColumns = columns;
    }

    /** The columns of the SELECT rendered last, for a compound SELECT's result. */
    List<ResultColumn> lastColumns() {
        return lastColumns;
    }

    void lastColumns(List<ResultColumn> columns) {
        lastColumns = columns;
    }

    /** {@code DISTINCT }; PostgreSQL adds {@code ON (...)}. */
    protected void renderDistinct(Select select) {
        sql.append("DISTINCT ");
    }

    /** {@code LIMIT ? OFFSET ?}; SQLite and MariaDB need a LIMIT before an OFFSET. */
    protected void renderLimitOffset(BindParameter<Integer> limit, BindParameter<Integer> offset) {
        if (limit != null) {
            sql.append(" \n LIMIT ");
            process(limit);
        }
        if (offset != null) {
            sql.append(limit == null ? " \n OFFSET " : " OFFSET ");
            process(offset);
        }
    }

    /** {@code FOR UPDATE} and its variants; SQLite renders nothing. */
    protected void renderForUpdate(Select.ForUpdate mode) {
        switch (mode) {
            case NOWAIT:
                sql.append(" FOR UPDATE NOWAIT");
                break;
            case SKIP_LOCKED:
                sql.append(" FOR UPDATE SKIP LOCKED");
                break;
            case SHARE:
                sql.append(" FOR SHARE");
                break;
            default:
                sql.append(" FOR UPDATE");
        }
    }

    protected void renderList(List<? extends ColumnElement<?>> items, Context itemContext) {
        Context saved = context;
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            context = itemContext;
            process(items.get(i));
        }
        context = saved;
    }

    /**
     * The SELECT list: columns by name, labels {@code AS name}, a repeated name as {@code name_N}, and other
     * expressions under an anonymous label ({@code count_1}, {@code anon_1}) as SQLAlchemy 1.4 does.
     */
    protected List<ResultColumn> renderColumns(List<ColumnElement<?>> columns) {
        List<ResultColumn> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            ColumnElement<?> column = columns.get(i);
            String name = column.name();
            if (column instanceof Label<?>) {
                context = Context.COLUMNS;
                process(column);
            } else {
                context = Context.OTHER;
                process(column);
                if (name == null || column instanceof LiteralColumn<?>) {
                    if (name == null) {
                        String base = column.anonLabelBase();
                        name = base + "_" + counters.merge(base, 1, Integer::sum);
                        sql.append(" AS ").append(preparer.quote(name));
                    }
                } else if (seen.containsKey(name)) {
                    name = name + "_" + seen.merge(name, 1, Integer::sum);
                    sql.append(" AS ").append(preparer.quote(name));
                }
            }
            seen.putIfAbsent(name, 0);
            TypeEngine<?> type = dialect.typeDescriptor(column.type());
            out.add(new ResultColumn(name, type.reader(dialect)));
        }
        context = Context.OTHER;
        return out;
    }

    // ---- INSERT / UPDATE / DELETE (rendered by DmlRenderer) ------------------------------------------

    public void visitInsert(Insert insert) {
        // an INSERT ... SELECT returns no rows: its SELECT must not name the result columns
        dmlDepth++;
        try {
            new DmlRenderer(this).insert(insert);
        } finally {
            dmlDepth--;
        }
    }

    /** True while rendering the body of an INSERT (whose SELECT, if any, is not the statement's result). */
    boolean insideInsert() {
        return dmlDepth > 0;
    }

    public void visitUpdate(Update update) {
        new DmlRenderer(this).update(update);
    }

    public void visitDelete(Delete delete) {
        new DmlRenderer(this).delete(delete);
    }

    /** The RETURNING list: unqualified columns, which become the result columns. */
    void renderReturningColumns(List<ColumnElement<?>> returning) {
        boolean saved = qualifyColumns(false);
        resultColumns = renderColumns(returning);
        qualifyColumns(saved);
    }

    /** Enters a statement whose subqueries correlate to {@code table} (UPDATE, DELETE). */
    void pushFrame(TableClause table) {
        selects.push(new SelectFrame(List.of(table), Set.of()));
    }

    void popFrame() {
        selects.pop();
    }

    /** Multi-table UPDATE, before SET: nothing by default (MariaDB lists the tables here). */
    protected void renderUpdateExtraTablesBeforeSet(List<FromClause> froms) {
    }

    /** Multi-table UPDATE, after SET: {@code FROM a, b} (PostgreSQL, SQLite 3.33+). */
    protected void renderUpdateExtraTablesAfterSet(List<FromClause> froms) {
        sql.append(" FROM ");
        for (int i = 0; i < froms.size(); i++) {
            if (i > 0) {
                sql.append(", ");
            }
            process(froms.get(i));
        }
    }

    /** Multi-table UPDATE: what goes before each SET column; nothing by default, {@code table.} on MariaDB. */
    protected void renderUpdateSetTarget(TableClause table) {
    }

    /** {@code ON CONFLICT (cols) DO NOTHING | DO UPDATE SET ...}; MariaDB renders ON DUPLICATE KEY UPDATE. */
    protected void renderOnConflict(Insert insert, OnConflict onConflict) {
        sql.append(" ON CONFLICT");
        for (int i = 0; i < onConflict.indexColumns().size(); i++) {
            sql.append(i == 0 ? " (" : ", ");
            sql.append(preparer.quote(insert.table().columns().get(onConflict.indexColumns().get(i)).name()));
        }
        if (!onConflict.indexColumns().isEmpty()) {
            sql.append(')');
        }
        if (onConflict.doNothing()) {
            sql.append(" DO NOTHING");
        } else {
            sql.append(" DO UPDATE SET ");
            renderSetList(onConflict.set());
        }
    }

    /** {@code col = value, ...} for upserts. */
    protected void renderSetList(Map<ColumnClause<?>, ColumnElement<?>> set) {
        int i = 0;
        for (Map.Entry<ColumnClause<?>, ColumnElement<?>> e : set.entrySet()) {
            if (i++ > 0) {
                sql.append(", ");
            }
            sql.append(preparer.quote(e.getKey().name())).append(" = ");
            renderValue(e.getValue());
        }
    }

    /** {@code excluded.col}; MariaDB renders {@code VALUES(col)}. */
    public void visitExcluded(Excluded<?> excluded) {
        sql.append("excluded.").append(preparer.quote(excluded.column().name()));
    }

    /** The next value of {@code sequence}: {@code nextval('name')} (PostgreSQL's spelling). */
    protected void renderNextValue(org.jalchemy.schema.Sequence sequence) {
        sql.append("nextval(").append(literalString(preparer.quote(sequence.name()))).append(')');
    }

    /** An INSERT without any column: {@code DEFAULT VALUES} (MariaDB: {@code () VALUES ()}). */
    protected void renderDefaultValues() {
        sql.append(" DEFAULT VALUES");
    }

    /** A value of INSERT / UPDATE / upsert SET: a bind, a subquery or an expression. */
    protected void renderValue(ColumnElement<?> value) {
        Context saved = context;
        context = Context.OTHER;
        if (value instanceof BindParameter<?> || value instanceof ScalarSelect<?>) {
            process(value);
        } else {
            operand(value, false);
        }
        context = saved;
    }

    /** A column default: its SQL expression inline, or a placeholder computed per row. */
    protected void renderDefault(ColumnClause<?> column, ColumnDefault d) {
        if (d.expression() != null) {
            renderValue(d.expression());
        } else {
            renderDefaultBind(column, d);
        }
    }
}
