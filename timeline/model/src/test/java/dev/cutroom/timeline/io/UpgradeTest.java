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
        assertThat(new String(saved, StandardCharsets.UTF_8)).contains("\"schema\" : \"Project.2\"").doesNotContain(".0\"");
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
    void version1FileUpgradesToTheSameTreeAsTheCurrentFile() throws Exception {
        // project-v1.json is extras.json as Project.1 wrote it: every field and extension survives the step to Project.2
        LoadedProject v1 = ProjectJson.read(TestProjects.resource("project-v1.json"), "project-v1.json", null);
        LoadedProject v2 = ProjectJson.read(TestProjects.resource("extras.json"), "extras.json", null);
        assertThat(v1.fromVersion()).isEqualTo(1);
        assertThat(v1.upgraded()).isTrue();
        assertThat(v1.project()).isEqualTo(v2.project());
        assertThat(ProjectJson.MAPPER.readTree(ProjectJson.write(v1.project(), v1.extras())))
                .isEqualTo(ProjectJson.MAPPER.readTree(ProjectJson.write(v2.project(), v2.extras())));
    }

    @Test
    void aMarkersFieldOnAVersion1ClipIsKeptAsAnExtraNotReadAsClipMarkers() throws Exception {
        String json = new String(TestProjects.resource("project-v1.json"), StandardCharsets.UTF_8)
                .replace("\"id\": \"clip-2\",", "\"id\": \"clip-2\", \"markers\": [{\"at\": 3}],");
        LoadedProject loaded = ProjectJson.read(json.getBytes(StandardCharsets.UTF_8), "v1", null);
        Clip c2 = loaded.project().timeline().tracks().getFirst().clips().stream().filter(c -> c.id().equals("clip-2")).findFirst().orElseThrow();
        assertThat(c2.markers()).isEmpty();
        assertThat(loaded.extras().get("clip/clip-2", "markersFromProject1").get(0).get("at").asInt()).isEqualTo(3);
    }

    @Test
    void clipMarkersSurviveSaveAndLoad() throws Exception {
        Project p = expected();
        Track v1 = p.timeline().tracks().getFirst();
        Clip c1 = v1.clips().getFirst().withMarkers(List.of(
                new dev.cutroom.timeline.model.ClipMarker("cm-1", "focus", Rational.of(5, 2), Rational.ZERO, "#3366ff", null),
                new dev.cutroom.timeline.model.ClipMarker("cm-2", null, Rational.of(3), Rational.of(1, 2), null, "line")));
        Project marked = p.withTimeline(p.timeline().withTracks(List.of(v1.withClips(List.of(c1, v1.clips().get(1))), p.timeline().tracks().get(1))));
        LoadedProject back = ProjectJson.read(ProjectJson.write(marked), "m", null);
        assertThat(back.project()).isEqualTo(marked);
        assertThat(new String(ProjectJson.write(marked), StandardCharsets.UTF_8)).contains("\"schema\" : \"ClipMarker.2\"");
    }

    @Test
    void chainCoversEveryVersion() {
        assertThat(Upgraders.CHAIN).hasSize(ProjectJson.VERSION);
        for (int i = 0; i < Upgraders.CHAIN.size(); i++) assertThat(Upgraders.CHAIN.get(i).from()).isEqualTo(i);
    }
}
