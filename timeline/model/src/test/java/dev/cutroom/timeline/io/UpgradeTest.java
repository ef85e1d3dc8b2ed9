package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UpgradeTest {
    private static final byte[] V0 = TestProjects.resource("project-v0.json");

    static Project expected() {
        Take ta = new Take("take-clip-1", "media-a", Rational.ZERO, "Original", null);
        Take tb = new Take("take-clip-2", "media-a", Rational.ZERO, "Original", null);
        Take tc = new Take("take-clip-3", "media-b", Rational.ZERO, "Original", null);
        Clip c1 = new Clip("clip-1", "Arrival", 0, 120, Rational.of(3, 2), Rational.ONE, 1.0, true, List.of(ta), "take-clip-1", null);
        Clip c2 = new Clip("clip-2", "Waves", 120, 60, Rational.of(10), Rational.of(1, 2), 0.8, true, List.of(tb), "take-clip-2", null);
        Clip c3 = new Clip("clip-3", null, 30, 60, Rational.ZERO, Rational.ONE, 1.0, true, List.of(tc), "take-clip-3", null);
        Track v1 = new Track("track-v1", TrackKind.VIDEO, "V1", List.of(c1, c2), List.of(), false, false, false, false);
        Track a1 = new Track("track-a1", TrackKind.AUDIO, "A1", List.of(c3), List.of(), true, false, false, false);
        Timeline t = new Timeline("Beach day", FrameRate.FPS_29_97, 1920, 1080, 48_000, 2, List.of(v1, a1), List.of());
        return new Project("project-old", "Beach day", t,
                List.of(new MediaItem("media-a", "clips/a.mp4", null, null), new MediaItem("media-b", "/footage/b.wav", null, null)));
    }

    @Test
    void version0FileLoadsIntoTheCurrentModelExactly() throws Exception {
        LoadedProject loaded = ProjectJson.read(V0, "project-v0.json", null);
        assertThat(loaded.project()).isEqualTo(expected());
        assertThat(loaded.fromVersion()).isEqualTo(0);
        assertThat(loaded.upgraded()).isTrue();
        assertThat(loaded.extras().isEmpty()).as(loaded.extras().toString()).isTrue();
    }

    @Test
    void upgradedProjectIsSavedInTheCurrentVersion() throws Exception {
        LoadedProject loaded = ProjectJson.read(V0, "project-v0.json", null);
        byte[] saved = ProjectJson.write(loaded.project(), loaded.extras());
        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"schema\" : \"Project.1\"").doesNotContain(".0\"");
        LoadedProject again = ProjectJson.read(saved, "saved", null);
        assertThat(again.project()).isEqualTo(expected());
        assertThat(again.upgraded()).isFalse();
    }

    @Test
    void unknownFieldsOfOldFilesSurviveTheUpgrade() throws Exception {
        String json = new String(V0, StandardCharsets.UTF_8).replace("\"name\": \"Arrival\"", "\"name\": \"Arrival\", \"note\": \"keep me\"");
        LoadedProject loaded = ProjectJson.read(json.getBytes(StandardCharsets.UTF_8), "v0", null);
        assertThat(loaded.extras().get("clip/clip-1", "note").asText()).isEqualTo("keep me");
    }

    @Test
    void brokenOldFileNamesThePath() {
        String json = new String(V0, StandardCharsets.UTF_8).replace("\"end\": \"6.006\"", "\"end\": \"later\"");
        assertThatThrownBy(() -> ProjectJson.read(json.getBytes(StandardCharsets.UTF_8), "v0.cutroom", null))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.INVALID);
                    assertThat(e.jsonPath()).isEqualTo("timeline.tracks[0].clips[1].end");
                })
                .hasMessageStartingWith("v0.cutroom: timeline.tracks[0].clips[1].end: ");
    }

    @Test
    void chainCoversEveryVersion() {
        assertThat(Upgraders.CHAIN).hasSize(ProjectJson.VERSION);
        for (int i = 0; i < Upgraders.CHAIN.size(); i++) assertThat(Upgraders.CHAIN.get(i).from()).isEqualTo(i);
    }
}
