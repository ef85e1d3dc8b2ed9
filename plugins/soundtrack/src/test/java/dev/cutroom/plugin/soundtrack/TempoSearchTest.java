package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.compose.TimeMap;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TempoSearchTest {

    @Test
    void cutsOnAHiddenGridAreAllPutOnBeats() {
        // cuts every 2, 3 or 5 beats of 97 bpm, starting 0.31 s in, jittered by up to 10 ms
        SplittableRandom r = new SplittableRandom(11);
        double beat = 60 / 97.0;
        List<Double> cuts = new ArrayList<>();
        double t = 0.31;
        for (int i = 0; i < 14; i++) {
            t += beat * new int[] {2, 3, 5}[r.nextInt(3)];
            cuts.add(t + (r.nextDouble() - 0.5) * 0.02);
        }
        TempoSearch.Choice c = TempoSearch.search(cuts, 80, 112, 96);
        assertThat(c.share()).isEqualTo(1.0);
        double[] beats = TimeMap.of(960, c.bpm(), c.phase()).beats(t + 2);
        assertThat(TempoSearch.share(cuts, beats)).isEqualTo(1.0);
    }

    @Test
    void aFixedTempoStillFindsThePhase() {
        List<Double> cuts = List.of(1.25, 2.25, 3.75, 5.25); // 120 bpm grid shifted by 0.25 s
        TempoSearch.Choice c = TempoSearch.fixed(cuts, 120);
        assertThat(c.bpm()).isEqualTo(120);
        assertThat(c.phase()).isCloseTo(0.25, within(0.005));
        assertThat(c.share()).isEqualTo(1.0);
    }

    @Test
    void randomCutsGetTheBestShareTheRangeAllows() {
        SplittableRandom r = new SplittableRandom(5);
        List<Double> cuts = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < 12; i++) cuts.add(t += 0.8 + 2.5 * r.nextDouble());
        TempoSearch.Choice c = TempoSearch.search(cuts, 70, 130, 100);
        // no tempo puts random cuts all on beats, but the search beats a fixed 100 bpm
        assertThat(c.hits()).isGreaterThanOrEqualTo(TempoSearch.fixed(cuts, 100).hits());
        assertThat(c.share()).isGreaterThan(0.4);
    }

    @Test
    void theTimeMapPutsTheFirstDownbeatOnThePhase() {
        TimeMap m = TimeMap.of(960, 100, 0.2); // phase < 0.35 beat: pickup of phase + one beat
        assertThat(m.seconds(m.barTick(0))).isCloseTo(0.8, within(1e-9));
        assertThat(m.seconds(m.barTick(1))).isCloseTo(0.8 + 2.4, within(1e-9));
        assertThat(m.tick(m.seconds(12345))).isEqualTo(12345);
        TimeMap none = TimeMap.of(960, 120, 0);
        assertThat(none.pickupTicks()).isZero();
        assertThat(none.seconds(960)).isCloseTo(0.5, within(1e-12));
    }
}
