package org.jalchemy.orm.state;

import java.lang.ref.WeakReference;

/**
 * The link from the states a session owns to that session: weak (a session never closed must not keep its
 * objects alive), and shared, so that expire-all at commit and expunge-all at close cost the same for ten objects
 * or a million. Expire-all advances the link's generation; each state remembers the generation it last saw and
 * expires itself the next time it is used. Expunge-all clears the link (every state holding it reads as detached)
 * and the session goes on with a new one. Internal; sessions create and advance them.
 * <pre>{@code
 * OwnerLink link = new OwnerLink(session);
 * link.expireAll();            // states attached through it expire when next used
 * link = link.detachAll();     // states attached through it are detached; a fresh link for the session
 * }</pre>
 */
public final class OwnerLink extends WeakReference<StateOwner> {
    /** Advanced by each expire-all; a state that saw an earlier generation is expired. */
    volatile int generation;

    public OwnerLink(StateOwner owner) {
        super(owner);
    }

    /** Expires every object attached through this link, lazily (each when next used). */
    public void expireAll() {
        generation++;
    }

    /** Detaches every object attached through this link at once; returns a fresh link for the owner. */
    public OwnerLink detachAll() {
        StateOwner owner = get();
        clear();
        return new OwnerLink(owner);
    }
}
