package org.jalchemy.sql;

import java.util.ArrayList;
import java.util.List;
import org.jalchemy.sql.compiler.SqlCompiler;
import org.jalchemy.types.TypeEngine;

/**
 * A window function: {@code func OVER (PARTITION BY ... ORDER BY ... ROWS|RANGE BETWEEN ...)}. Immutable;
 * each method returns a copy.
 *
 * <p>Mirrors {@code sqlalchemy.sql.expression.Over}. Frame bounds follow SQLAlchemy: {@code null} is
 * UNBOUNDED, 0 is CURRENT ROW, a negative number N PRECEDING and a positive one N FOLLOWING.
 * <pre>{@code
 * Over<Integer> n = func.rowNumber().over().partitionBy(t.c("grp")).orderBy(t.c("id"));
 * n.toString(); // row_number() OVER (PARTITION BY t.grp ORDER BY t.id)
 * }</pre>
 *
 * @param <T> the Java type of the function's result
 */
public final class Over<T> extends ColumnElement<T> {
    private final ColumnElement<T> element;
    private final List<ColumnElement<?>> partitionBy;
    private final List<ColumnElement<?>> orderBy;
    private final String frameMode;
    private final Long frameStart;
    private final Long frameEnd;

    Over(ColumnElement<T> element, List<ColumnElement<?>> partitionBy, List<ColumnElement<?>> orderBy, String frameMode,
            Long frameStart, Long frameEnd) {
        this.element = element;
        this.partitionBy = List.copyOf(partitionBy);
        this.orderBy = List.copyOf(orderBy);
        this.frameMode = frameMode;
        this.frameStart = frameStart;
        this.frameEnd = frameEnd;
    }

    /** A copy with more PARTITION BY expressions. */
    public Over<T> partitionBy(ColumnElement<?>... exprs) {
        List<ColumnElement<?>> p = new ArrayList<>(partitionBy);
        p.addAll(List.of(exprs));
        return new Over<>(element, p, orderBy, frameMode, frameStart, frameEnd);
    }

    /** A copy with more ORDER BY expressions. */
    public Over<T> orderBy(ColumnElement<?>... exprs) {
        List<ColumnElement<?>> o = new ArrayList<>(orderBy);
        o.addAll(List.of(exprs));
        return new Over<>(element, partitionBy, o, frameMode, frameStart, frameEnd);
    }

    /** A copy with a {@code ROWS BETWEEN start AND end} frame. */
    public Over<T> rows(Long start, Long end) {
        return new Over<>(element, partitionBy, orderBy, "ROWS", start, end);
    }

    /** A copy with a {@code RANGE BETWEEN start AND end} frame. */
    public Over<T> range(Long start, Long end) {
        return new Over<>(element, partitionBy, orderBy, "RANGE", start, end);
    }

    public ColumnElement<T> element() {
        return element;
    }

    public List<ColumnElement<?>> partitionByClauses() {
        return partitionBy;
    }

    public List<ColumnElement<?>> orderByClauses() {
        return orderBy;
    }

    /** {@code ROWS}, {@code RANGE} or {@code null} for no frame. */
    public String frameMode() {
        return frameMode;
    }

    public Long frameStart() {
        return frameStart;
    }

    public Long frameEnd() {
        return frameEnd;
    }

    @Override
    public TypeEngine<T> type() {
        return element.type();
    }

    @Override
    public void accept(SqlCompiler compiler) {
        compiler.visitOver(this);
    }

    @Override
    void walk(Walker walker) {
        walker.child(element);
        walker.children(partitionBy);
        walker.children(orderBy);
        walker.shape(frameMode);
        walker.shape(frameStart);
        walker.shape(frameEnd);
    }
}
