package org.jalchemy.orm.exc;

import org.jalchemy.exc.InvalidRequestError;

/**
 * An unloaded or expired attribute was read on an object that no session holds any more, so there is
 * nothing to load it from. Mirrors {@code sqlalchemy.orm.exc.DetachedInstanceError}.
 * <pre>{@code
 * session.close();
 * user.getName(); // throws DetachedInstanceError when name was expired by commit()
 * }</pre>
 */
public class DetachedInstanceError extends InvalidRequestError {
    private static final long serialVersionUID = 1L;

    public DetachedInstanceError(String message) {
        super(message);
    }
}
