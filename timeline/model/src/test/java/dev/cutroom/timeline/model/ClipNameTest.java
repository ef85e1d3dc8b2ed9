package dev.cutroom.timeline.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A clip named after the take a plugin made shows the active take's name; a name the editor gave stays. */
class ClipNameTest {
    private static Take take(String id, String label) { return new Take(id, "m-" + id, Rational.ZERO, label, null); }

    private static Clip clip(String name, List<Take> takes, String active) {
        return new Clip("c1", name, 0, 25, Rational.ZERO, Rational.ONE, 1, true, takes, active, null);
    }

    @Test
    void aRegeneratedTakeRenamesAClipNamedAfterItsFirstTake() {
        List<Take> takes = List.of(take("t1", "Soundtrack (118 bpm, G major)"), take("t2", "Soundtrack (100 bpm, D major)"));
        assertThat(clip("Soundtrack (118 bpm, G major)", takes, "t2").shownName()).isEqualTo("Soundtrack (100 bpm, D major)");
        assertThat(clip("Soundtrack (118 bpm, G major)", takes, "t1").shownName()).isEqualTo("Soundtrack (118 bpm, G major)");
    }

    @Test
    void aNameOfItsOwnStays() {
        List<Take> takes = List.of(take("t1", "Original"), take("t2", "Upscale x2"));
        assertThat(clip("interview.mp4", takes, "t2").shownName()).isEqualTo("interview.mp4");
    }
}
