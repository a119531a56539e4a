package org.jalchemy.pool;

/**
 * What a pool keeps about one physical connection for as long as it lives: when it was opened, and one
 * object the engine attaches to it (its prepared-statement cache), which survives checkouts.
 * Used by one thread at a time, like the connection itself.
 * <pre>{@code
 * ConnectionInfo info = pooledConnection.info();
 * info.attach(cache);
 * }</pre>
 */
public final class ConnectionInfo {
    private final long openedAt;
    private Object attachment;

    ConnectionInfo(long openedAt) {
        this.openedAt = openedAt;
    }

    /** When the connection was opened, in {@link System#nanoTime()} units. */
    public long openedAt() {
        return openedAt;
    }

    public Object attachment() {
        return attachment;
    }

    public void attach(Object value) {
        this.attachment = value;
    }
}
