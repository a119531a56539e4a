package org.jalchemy.pool;

import java.time.Duration;
import org.jalchemy.exc.ArgumentError;

/**
 * The pool settings of an engine, as SQLAlchemy names them. Every value is honoured exactly or rejected;
 * none is silently rewritten (HikariCP would turn a 1 s lifetime into 30 min).
 * <pre>{@code
 * PoolConfig cfg = new PoolConfig(5, 10, Duration.ofSeconds(30), null, false, null);
 * }</pre>
 *
 * @param size connections kept open when idle ({@code pool_size})
 * @param maxOverflow connections allowed beyond {@code size} under load ({@code max_overflow})
 * @param timeout how long a checkout waits for a free connection ({@code pool_timeout}); at least 250 ms
 * @param recycle connections older than this are replaced at checkout ({@code pool_recycle}); null = never
 * @param prePing test each connection before handing it out ({@code pool_pre_ping})
 * @param leakDetection warn when a connection is held longer than this; null = off
 */
public record PoolConfig(int size, int maxOverflow, Duration timeout, Duration recycle, boolean prePing,
                         Duration leakDetection) {
    /** The shortest pool timeout HikariCP can honour. */
    public static final Duration MIN_TIMEOUT = Duration.ofMillis(250);

    public PoolConfig {
        if (size < 1) {
            throw new ArgumentError("poolSize must be at least 1, got " + size);
        }
        if (maxOverflow < 0) {
            throw new ArgumentError("maxOverflow must be 0 or more, got " + maxOverflow);
        }
        if (timeout == null || timeout.compareTo(MIN_TIMEOUT) < 0) {
            throw new ArgumentError("poolTimeout must be at least 250 ms (HikariCP's floor), got " + timeout);
        }
        if (recycle != null && (recycle.isNegative() || recycle.isZero())) {
            throw new ArgumentError("poolRecycle must be positive, got " + recycle);
        }
        if (leakDetection != null && leakDetection.toMillis() < 2000) {
            throw new ArgumentError("leakDetection must be at least 2 s (HikariCP's floor), got " + leakDetection);
        }
    }

    public static PoolConfig defaults() {
        return new PoolConfig(5, 10, Duration.ofSeconds(30), null, false, null);
    }
}
