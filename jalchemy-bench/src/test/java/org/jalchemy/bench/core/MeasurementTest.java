package org.jalchemy.bench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The median and quartiles the report prints, from the timed runs in whatever order they were taken. */
class MeasurementTest {
    @Test
    void quartilesOfAnOddNumberOfRunsAreRunsThemselves() {
        Measurement m = runs(50, 10, 40, 20, 30);

        assertThat(m.quantileNanos(0.25)).isEqualTo(20);
        assertThat(m.medianNanos()).isEqualTo(30);
        assertThat(m.quantileNanos(0.75)).isEqualTo(40);
    }

    @Test
    void quartilesBetweenTwoRunsAreInterpolated() {
        Measurement m = runs(40, 10, 30, 20);

        assertThat(m.medianNanos()).isEqualTo(25);
        assertThat(m.quantileNanos(0.25)).isEqualTo(18); // 17.5, rounded
        assertThat(m.quantileNanos(0.75)).isEqualTo(33); // 32.5, rounded
    }

    @Test
    void oneRunIsEveryQuantileAndNoRunsIsNone() {
        assertThat(runs(7).quantileNanos(0.25)).isEqualTo(7);
        assertThat(runs(7).quantileNanos(0.75)).isEqualTo(7);
        assertThat(new Measurement().medianNanos()).isNull();
        assertThat(new Measurement().quantileNanos(0.25)).isNull();
    }

    @Test
    void aQuantileOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> runs(1, 2).quantileNanos(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantile lies between 0 and 1, not 1.5");
        assertThatThrownBy(() -> runs(1, 2).quantileNanos(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Measurement runs(long... nanos) {
        Measurement m = new Measurement();
        for (long n : nanos) {
            m.warm(n);
        }
        return m;
    }
}
