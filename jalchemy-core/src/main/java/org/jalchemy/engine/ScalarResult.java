package org.jalchemy.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;

/**
 * A {@link Result} seen through a per-row function: one column of each row ({@code scalars()}) or each row
 * as a map ({@code mappings()}).
 *
 * <p>Mirrors {@code sqlalchemy.engine.ScalarResult} and {@code MappingResult}.
 * <pre>{@code
 * List<Object> names = conn.execute(text("SELECT name FROM users")).scalars().all();
 * }</pre>
 *
 * @param <T> the element type
 */
public final class ScalarResult<T> implements Iterable<T>, AutoCloseable {
    private final Result result;
    private final Function<Row, T> mapper;

    ScalarResult(Result result, Function<Row, T> mapper) {
        this.result = result;
        this.mapper = mapper;
    }

    public List<T> all() {
        List<T> out = new ArrayList<>();
        for (Row r = result.fetchone(); r != null; r = result.fetchone()) {
            out.add(mapper.apply(r));
        }
        return out;
    }

    public List<T> fetchmany(int size) {
        List<T> out = new ArrayList<>();
        for (Row r : result.fetchmany(size)) {
            out.add(mapper.apply(r));
        }
        return out;
    }

    /** The first element or null; closes the result. */
    public T first() {
        Row r = result.first();
        return r == null ? null : mapper.apply(r);
    }

    public T one() {
        T value = oneOrNone();
        if (value == null) {
            throw new NoResultFound("No row was found when one was required");
        }
        return value;
    }

    public T oneOrNone() {
        try {
            Row r = result.fetchone();
            if (r != null && result.fetchone() != null) {
                throw new MultipleResultsFound("Multiple rows were found when one or none was required");
            }
            return r == null ? null : mapper.apply(r);
        } finally {
            result.close();
        }
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<Row> rows = result.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public T next() {
                return mapper.apply(rows.next());
            }
        };
    }

    public Stream<T> stream() {
        return result.stream().map(mapper);
    }

    @Override
    public void close() {
        result.close();
    }
}
