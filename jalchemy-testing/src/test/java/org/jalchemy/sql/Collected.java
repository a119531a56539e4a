package org.jalchemy.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;

/**
 * Asserts that nothing keeps a value reachable: for the tests that check a cache holds no bound value.
 * <pre>{@code
 * WeakReference<String> value = new WeakReference<>(probe);
 * Collected.await(value, "the bound value");
 * }</pre>
 */
final class Collected {
    private Collected() {
    }

    /** Runs the collector until {@code value} is cleared, for at most about half a second, then asserts it was. */
    static void await(WeakReference<?> value, String what) throws InterruptedException {
        for (int i = 0; i < 50 && value.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertThat(value.get()).as(what).isNull();
    }
}
