package org.jalchemy.engine;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jalchemy.pool.PoolConfig;

/**
 * The options of {@code createEngine}, as SQLAlchemy names them. Immutable; build with {@link #builder()}.
 * <pre>{@code
 * EngineOptions opts = EngineOptions.builder().echo(true).poolSize(10).poolPrePing(true).build();
 * Engine engine = Jalchemy.createEngine("postgresql://postgres@127.0.0.1/test", opts);
 * }</pre>
 */
public final class EngineOptions {
    private final boolean echo;
    private final boolean hideParameters;
    private final PoolConfig pool;
    private final String isolationLevel;
    private final Map<String, String> connectArgs;
    private final Integer fetchSize;
    private final int compiledCacheSize;
    private final int executemanyPageSize;

    private EngineOptions(Builder b) {
        this.echo = b.echo;
        this.hideParameters = b.hideParameters;
        this.pool = new PoolConfig(b.poolSize, b.maxOverflow, b.poolTimeout, b.poolRecycle, b.poolPrePing, b.leakDetection);
        this.isolationLevel = b.isolationLevel == null ? null : b.isolationLevel.trim().toUpperCase().replace('_', ' ');
        this.connectArgs = Collections.unmodifiableMap(new LinkedHashMap<>(b.connectArgs));
        this.fetchSize = b.fetchSize;
        this.compiledCacheSize = b.compiledCacheSize;
        this.executemanyPageSize = b.executemanyPageSize;
    }

    public static EngineOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Log every statement and its parameters at INFO through SLF4J (logger {@code org.jalchemy.engine.Engine}). */
    public boolean echo() {
        return echo;
    }

    /** Keep parameter values out of logs and exception messages. */
    public boolean hideParameters() {
        return hideParameters;
    }

    public PoolConfig pool() {
        return pool;
    }

    /** The isolation level for every connection (e.g. {@code SERIALIZABLE}, {@code AUTOCOMMIT}), or null for the database's. */
    public String isolationLevel() {
        return isolationLevel;
    }

    /** Extra driver properties, passed as given except options a dialect refuses for safety. */
    public Map<String, String> connectArgs() {
        return connectArgs;
    }

    /** Rows per round trip for streamed results, or null for the dialect's default. */
    public Integer fetchSize() {
        return fetchSize;
    }

    /** How many compiled statement shapes the engine keeps (0 disables the cache). */
    public int compiledCacheSize() {
        return compiledCacheSize;
    }

    /**
     * Rows per JDBC batch of an executemany ({@code conn.execute(statement, listOfMaps)}; default 1000, as
     * SQLAlchemy's {@code insertmanyvalues_page_size}): the driver holds one page of bound rows at a time, and
     * each page is one call with its own events. Unlike SQLAlchemy's setting it applies to every executemany and
     * not to the ORM's multi-row {@code INSERT ... RETURNING} pages, which stay at 1,000 rows.
     */
    public int executemanyPageSize() {
        return executemanyPageSize;
    }

    /** Builds {@link EngineOptions}; defaults are SQLAlchemy's (pool 5 + 10 overflow, 30 s timeout). */
    public static final class Builder {
        private boolean echo;
        private boolean hideParameters;
        private int poolSize = 5;
        private int maxOverflow = 10;
        private Duration poolTimeout = Duration.ofSeconds(30);
        private Duration poolRecycle;
        private boolean poolPrePing;
        private Duration leakDetection;
        private String isolationLevel;
        private final Map<String, String> connectArgs = new LinkedHashMap<>();
        private Integer fetchSize;
        private int compiledCacheSize = 500;
        private int executemanyPageSize = 1000;

        public Builder echo(boolean value) {
            this.echo = value;
            return this;
        }

        public Builder hideParameters(boolean value) {
            this.hideParameters = value;
            return this;
        }

        public Builder poolSize(int value) {
            this.poolSize = value;
            return this;
        }

        public Builder maxOverflow(int value) {
            this.maxOverflow = value;
            return this;
        }

        public Builder poolTimeout(Duration value) {
            this.poolTimeout = value;
            return this;
        }

        public Builder poolRecycle(Duration value) {
            this.poolRecycle = value;
            return this;
        }

        public Builder poolPrePing(boolean value) {
            this.poolPrePing = value;
            return this;
        }

        public Builder leakDetection(Duration value) {
            this.leakDetection = value;
            return this;
        }

        public Builder isolationLevel(String value) {
            this.isolationLevel = value;
            return this;
        }

        public Builder connectArg(String key, String value) {
            this.connectArgs.put(key, value);
            return this;
        }

        public Builder fetchSize(int value) {
            this.fetchSize = value;
            return this;
        }

        public Builder compiledCacheSize(int value) {
            this.compiledCacheSize = value;
            return this;
        }

        /** @throws org.jalchemy.exc.ArgumentError when {@code value} is less than 1 */
        public Builder executemanyPageSize(int value) {
            if (value < 1) {
                throw new org.jalchemy.exc.ArgumentError("executemanyPageSize must be at least 1 row, not " + value);
            }
            this.executemanyPageSize = value;
            return this;
        }

        /** @throws org.jalchemy.exc.ArgumentError when a value cannot be honoured */
        public EngineOptions build() {
            return new EngineOptions(this);
        }
    }
}
