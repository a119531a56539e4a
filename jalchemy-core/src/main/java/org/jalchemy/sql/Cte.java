package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jalchemy.exc.ArgumentError;
import org.jalchemy.sql.compiler.SqlCompiler;

/**
 * A common table expression: {@code WITH name AS (SELECT ...)} put in front of the statement that uses it,
 * referred to by name in FROM. A recursive one is made by {@link #unionAll} of a SELECT that refers to the
 * CTE itself.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.CTE}.
 * <pre>{@code
 * Cte big = select(t.c("id")).where(t.c("qty").gt(3)).cte("big");
 * select(big.c("id")).toString(); // WITH big AS (SELECT ...) SELECT big.id FROM big
 * }</pre>
 */
public final class Cte extends FromClause {
    private final SelectBase element;
    private final String name;
    private final boolean recursive;
    private final ColumnCollection columns;

    Cte(SelectBase element, String name, boolean recursive) {
        if (name == null || name.isEmpty()) {
            throw new ArgumentError("A CTE needs a name");
        }
        this.element = element;
        this.name = name;
        this.recursive = recursive;
        this.columns = new ColumnCollection(name);
        for (ColumnElement<?> c : element.selectedColumns()) {
            if (c.name() == null) {
                throw new ArgumentError("A CTE column needs a name: label the expression " + c);
            }
            if (!columns.contains(c.name())) {
                columns.add(proxy(c));
            }
        }
    }

    private <T> ColumnClause<T> proxy(ColumnElement<T> source) {
        return new ColumnClause<>(source.name(), source.name(), source.type(), this);
    }

    /** The recursive CTE {@code name AS (this UNION ALL recursivePart)}; {@code recursivePart} may refer to this CTE. */
    public Cte unionAll(SelectBase recursivePart) {
        return new Cte(element.unionAll(recursivePart), name, true);
    }

    /** The recursive CTE {@code name AS (this UNION recursivePart)}. */
    public Cte union(SelectBase recursivePart) {
        return new Cte(element.union(recursivePart), name, true);
    }

    public SelectBase element() {
        return element;
    }

    public String name() {
        return name;
    }

    public boolean recursive() {
        return recursive;
    }

    @Override
    public ColumnCollection columns() {
        return columns;
    }

    @Override
    public String description() {
        return name;
    }

    /** The CTEs used anywhere in {@code element}, outermost first, one per name. */
    public static List<Cte> collect(ClauseElement element) {
        Map<String, Cte> found = new LinkedHashMap<>();
        Walker walker = new Walker() {
            @Override
            public void shape(Object attribute) {
            }

            @Override
            public void child(ClauseElement e) {
                if (e instanceof Cte cte) {
                    if (found.containsKey(cte.name())) {
                        return;
                    }
                    found.put(cte.name(), cte);
                }
                if (e != null) {
                    e.walk(this);
                }
            }

            @Override
            public void bind(BindParameter<?> parameter) {
            }

            @Override
            public void from(FromClause from) {
                child(from);
            }
        };
        walker.child(element);
        List<Cte> out = new ArrayList<>(found.values());
        // a CTE used by another must be defined first: later-found (inner) ones go before
        java.util.Collections.reverse(out);
        return out;
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitCte(this);
    }

    @Override
    void walk(Walker walker) {
        walker.shape(name);
        walker.shape(recursive);
        walker.child(element);
    }
}
