package org.jalchemy.orm;

import java.util.Iterator;
import java.util.List;
import org.jalchemy.exc.MultipleResultsFound;
import org.jalchemy.exc.NoResultFound;

/**
 * The objects an entity query returned, with SQLAlchemy's result accessors. Fully buffered: objects are
 * built as rows arrive, so the connection is free once this exists.
 * <pre>{@code
 * List<User> all = session.execute(select(User.class)).scalars().all();
 * User ed = session.scalars(select(User.class).filterBy("name", "ed")).one();
 * }</pre>
 */
public final class ScalarList<T> implements Iterable<T> {
    private final List<T> objects;

    ScalarList(List<T> objects) {
        this.objects = objects;
    }

    /** This result; lets 2.0-style code read {@code execute(stmt).scalars().all()}. */
    public ScalarList<T> scalars() {
        return this;
    }

    public List<T> all() {
        return objects;
    }

    public T first() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    public T one() {
        if (objects.isEmpty()) {
            throw new NoResultFound("No row was found when one was required");
        }
        return oneOrNone();
    }

    public T oneOrNone() {
        if (objects.size() > 1) {
            throw new MultipleResultsFound("Multiple rows were found when one or none was required");
        }
        return first();
    }

    @Override
    public Iterator<T> iterator() {
        return objects.iterator();
    }
}
