package org.jalchemy.bench.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The median and quartiles the report prints, from the timed runs in whatever order they were taken, and the ratios
 * of two cells' runs taken in the same round.
 */
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

    @Test
    void aDriftThatSlowsEveryColumnAlikeCancelsOutOfTheRoundRatio() {
        Measurement raw = runs(10, 20, 40, 80, 160);
        Measurement core = runs(11, 22, 44, 88, 176);

        assertThat(core.quantileNanos(0.25)).isEqualTo(22);
        assertThat(core.quantileNanos(0.75)).isEqualTo(88);
        assertThat(core.roundRatioQuantile(raw, 0.25)).isCloseTo(1.1, within(1e-9));
        assertThat(core.roundRatioQuantile(raw, 0.5)).isCloseTo(1.1, within(1e-9));
        assertThat(core.roundRatioQuantile(raw, 0.75)).isCloseTo(1.1, within(1e-9));
    }

    @Test
    void runsArePairedByTheirRoundNotByTheirRank() {
        Measurement raw = runs(10, 40);
        Measurement core = runs(44, 11);

        // by rank the two would pair as 11/10 and 44/40; by round they are 4.4 and 0.275
        assertThat(core.roundRatioQuantile(raw, 0)).isCloseTo(0.275, within(1e-9));
        assertThat(core.roundRatioQuantile(raw, 1)).isCloseTo(4.4, within(1e-9));
    }

    @Test
    void onlyTheRoundsWithARunOfBothCount() {
        Measurement raw = runs(10, 10, 10, 1000);
        Measurement core = runs(12, 11, 13);

        assertThat(core.roundsWith(raw)).isEqualTo(3);
        assertThat(core.roundRatioQuantile(raw, 1)).isCloseTo(1.3, within(1e-9));
        assertThat(raw.roundRatioQuantile(core, 0)).isCloseTo(10.0 / 13, within(1e-9));
        assertThat(core.roundRatioQuantile(new Measurement(), 0.5)).isNull();
        assertThatThrownBy(() -> core.roundRatioQuantile(raw, -0.1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Measurement runs(long... nanos) {
        Measurement m = new Measurement();
        for (long n : nanos) {
            m.warm(n);
        }
        return m;
    }
}
