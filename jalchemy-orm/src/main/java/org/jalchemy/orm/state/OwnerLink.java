package org.jalchemy.orm.state;

import java.lang.ref.WeakReference;

/**
 * The link from the states a session owns to that session: weak (a session never closed must not keep its
 * objects alive), and replaced whenever the session lets go of all its objects at once, so that expire-all at
 * commit and expunge-all at close cost the same for ten objects or a million. A retired link either points to
 * its successor, and each state that still holds it expires itself the next time it is used, or is cleared, and
 * each state that still holds it reads as detached. Internal; sessions create and retire them.
 * <pre>{@code
 * OwnerLink link = new OwnerLink(session);
 * link = link.expireAll();   // states attached through the old link expire when next used
 * }</pre>
 */
public final class OwnerLink extends WeakReference<StateOwner> {
    /** Set when this link was retired by an expire-all: where its states go on to, expiring themselves. */
    volatile OwnerLink next;
    /** How many states were attached through this link; a link nobody used can simply stay in place. */
    int attached;

    public OwnerLink(StateOwner owner) {
        super(owner);
    }

    /**
     * Expires every object attached through this link, lazily: returns the link to attach through from now on
     * (this one when no state ever used it, since nothing could be expired through it).
     */
    public OwnerLink expireAll() {
        if (attached == 0) {
            return this;
        }
        StateOwner owner = get();
        OwnerLink successor = new OwnerLink(owner);
        next = successor;
        return successor;
    }

    /** Detaches every object attached through this link at once; returns a fresh link for the owner. */
    public OwnerLink detachAll() {
        // always cleared, even when unused: states on an earlier link that expired into this one reach it later
        StateOwner owner = get();
        clear();
        return new OwnerLink(owner);
    }
}
