package dev.cutroom.plugin.instruct.execute;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The tracker on made-up centroids: no steady lag behind a walking person, and brief losses are bridged. */
class SubjectTrackerTest {

    @Test
    void aPersonWalkingSteadilyIsNotTrailed() {
        SubjectTracker t = new SubjectTracker(25, 0.4, 0.8);
        double x = 0, person = 0;
        for (int k = 0; k < 50; k++) {
            person = 0.3 + 0.2 * k / 25.0; // a fifth of the frame width a second
            x = t.update(new double[] {person, 0.5, 0.1})[0];
        }
        assertThat(Math.abs(x - person)).as("after 2 s of walking").isLessThan(0.01);
    }

    @Test
    void aPersonLostForAFewFramesIsHeldNotDroppedToTheCentre() {
        SubjectTracker t = new SubjectTracker(25, 0.4, 0.8);
        for (int k = 0; k < 25; k++) t.update(new double[] {0.2, 0.5, 0.1});
        double x = 0;
        for (int k = 0; k < 5; k++) x = t.update(null)[0];
        assertThat(x).as("0.2 s without a mask").isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.01));
        for (int k = 0; k < 75; k++) x = t.update(null)[0];
        assertThat(x).as("gone for 3 s: back in the centre").isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.02));
    }
}
