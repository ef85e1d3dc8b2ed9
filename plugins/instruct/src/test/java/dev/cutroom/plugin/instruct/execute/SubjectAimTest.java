package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The reframe aims at a person's head and shoulders, not at the middle of everything the mask covers. */
class SubjectAimTest {
    @Test
    void aBodyReachingFarToOneSideDoesNotPullTheAimOffTheHead() {
        int size = 256;
        float[] mask = new float[size * size];
        // a head at x 180..220 near the top, and a coat widening down and to the left (as in the camera photo)
        for (int y = 40; y < 90; y++) for (int x = 180; x < 220; x++) mask[y * size + x] = 1;
        for (int y = 90; y < 256; y++) {
            int left = 150 - (y - 90) * 150 / 166;
            for (int x = left; x < 230; x++) mask[y * size + x] = 1;
        }

        double[] aim = SubjectTracker.centroid(mask, size);

        assertThat(aim[0] * size).as("aim x").isCloseTo(185, within(30.0)); // the whole mask's centre is near x 150
        assertThat(aim[1] * size).as("aim y").isLessThan(120);
    }

    @Test
    void aFewStrayPixelsAreNoPerson() {
        float[] mask = new float[256 * 256];
        mask[1000] = 1;
        assertThat(SubjectTracker.centroid(mask, 256)).isNull();
    }
}
