package org.jalchemy.sql.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jalchemy.sql.ClauseElement;
import org.jalchemy.sql.ColumnElement;
import org.jalchemy.sql.CompoundSelect;
import org.jalchemy.sql.Cte;
import org.jalchemy.sql.FromClause;
import org.jalchemy.sql.Label;
import org.jalchemy.sql.Select;
import org.jalchemy.sql.SelectBase;

/**
 * The SELECT family of {@link SqlCompiler} (SELECT, compound SELECTs, the WITH clause, correlation), kept
 * apart to keep the compiler small. It writes into the compiler's buffer and calls its protected hooks,
 * which dialects override ({@code renderDistinct}, {@code renderLimitOffset}, {@code renderForUpdate}).
 */
final class SelectRenderer {
    private final SqlCompiler c;

    SelectRenderer(SqlCompiler compiler) {
        this.c = compiler;
    }

    void select(Select select) {
        // the outermost SELECT renders its WITH; it names the result columns unless it is an INSERT's SELECT
        boolean top = c.frames().isEmpty();
        boolean namesResult = top && !c.insideInsert();
        List<FromClause> froms = correlated(select.effectiveFroms());
        Set<Label<?>> labels = new HashSet<>();
        for (ColumnElement<?> column : select.selectedColumns()) {
            if (column instanceof Label<?> l) {
                labels.add(l);
            }
        }
        if (top) {
            c.frames().push(new SqlCompiler.SelectFrame(List.of(), Set.of()));
            with(select);
            c.frames().pop();
        }
        c.frames().push(new SqlCompiler.SelectFrame(froms, labels));
        boolean savedCorrelating = c.correlating(false);

        c.sql.append("SELECT ");
        if (select.isDistinct()) {
            c.renderDistinct(select);
        }
        List<ResultColumn> columns = c.renderColumns(select.selectedColumns());
        c.lastColumns(columns);
        if (namesResult) {
            c.resultColumns(columns);
        }
        if (!froms.isEmpty()) {
            c.sql.append(" \nFROM ");
            for (int i = 0; i < froms.size(); i++) {
                if (i > 0) {
                    c.sql.append(", ");
                }
                c.process(froms.get(i));
            }
        }
        if (select.whereClause() != null) {
            c.sql.append(" \nWHERE ");
            c.process(select.whereClause());
        }
        if (!select.groupByClauses().isEmpty()) {
            c.sql.append(" GROUP BY ");
            c.renderList(select.groupByClauses(), SqlCompiler.Context.ORDER_BY);
        }
        if (select.havingClause() != null) {
            c.sql.append(" \nHAVING ");
            c.process(select.havingClause());
        }
        orderByLimit(select.orderByClauses(), select.limitClause(), select.offsetClause());
        if (select.forUpdate() != null) {
            c.renderForUpdate(select.forUpdate());
        }
        c.correlating(savedCorrelating);
        c.frames().pop();
    }

    /**
     * Inside a scalar subquery or EXISTS, the tables of the enclosing statements are left out of the FROM
     * list (SQLAlchemy's auto-correlation), unless that would leave it empty.
     */
    private List<FromClause> correlated(List<FromClause> froms) {
        if (!c.correlating() || c.frames().isEmpty()) {
            return froms;
        }
        List<FromClause> enclosing = new ArrayList<>();
        for (SqlCompiler.SelectFrame frame : c.frames()) {
            for (FromClause f : frame.froms()) {
                enclosing.addAll(f.flatten());
            }
        }
        List<FromClause> kept = new ArrayList<>(froms);
        kept.removeIf(enclosing::contains);
        return kept.isEmpty() ? froms : kept;
    }

    private void orderByLimit(List<ColumnElement<?>> orderBy, org.jalchemy.sql.BindParameter<Integer> limit,
            org.jalchemy.sql.BindParameter<Integer> offset) {
        if (!orderBy.isEmpty()) {
            c.sql.append(" ORDER BY ");
            c.renderList(orderBy, SqlCompiler.Context.ORDER_BY);
        }
        if (limit != null || offset != null) {
            c.renderLimitOffset(limit, offset);
        }
    }

    void compound(CompoundSelect compound) {
        boolean top = c.frames().isEmpty();
        boolean namesResult = top && !c.insideInsert();
        c.frames().push(new SqlCompiler.SelectFrame(List.of(), Set.of()));
        if (top) {
            with(compound);
        }
        for (int i = 0; i < compound.selects().size(); i++) {
            if (i > 0) {
                c.sql.append(' ').append(compound.kind().sql()).append(' ');
            }
            SelectBase member = compound.selects().get(i);
            boolean group = member instanceof CompoundSelect;
            if (group) {
                c.sql.append('(');
            }
            c.frames().push(new SqlCompiler.SelectFrame(List.of(), Set.of()));
            c.process(member);
            c.frames().pop();
            if (group) {
                c.sql.append(')');
            }
            if (namesResult && i == 0) {
                // the first member's columns name the result, as in SQL
                c.resultColumns(c.lastColumns());
            }
        }
        // ORDER BY of a compound names result columns, which have no table
        boolean qualify = c.qualifyColumns(false);
        orderByLimit(compound.orderByClauses(), compound.limitClause(), compound.offsetClause());
        c.qualifyColumns(qualify);
        c.frames().pop();
    }

    /** {@code WITH [RECURSIVE] a AS (...), b AS (...) } in front of the outermost statement. */
    void with(ClauseElement statement) {
        List<Cte> ctes = Cte.collect(statement);
        if (ctes.isEmpty()) {
            return;
        }
        boolean recursive = ctes.stream().anyMatch(Cte::recursive);
        c.sql.append(recursive ? "WITH RECURSIVE " : "WITH ");
        for (int i = 0; i < ctes.size(); i++) {
            if (i > 0) {
                c.sql.append(", \n");
            }
            c.sql.append(c.preparer.quote(ctes.get(i).name())).append(" AS \n(");
            c.nested(ctes.get(i).element(), false);
            c.sql.append(')');
        }
        c.sql.append("\n ");
    }
}
