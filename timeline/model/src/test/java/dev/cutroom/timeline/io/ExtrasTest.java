package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExtrasTest {
    private static final byte[] FIXTURE = TestProjects.resource("extras.json");

    @Test
    void unknownFieldsAndObjectsSurviveLoadAndSave() throws Exception {
        LoadedProject loaded = ProjectJson.read(FIXTURE, "extras.json", null);
        JsonNode original = ProjectJson.MAPPER.readTree(FIXTURE);
        JsonNode saved = ProjectJson.MAPPER.readTree(ProjectJson.write(loaded.project(), loaded.extras()));
        // the fixture is written in canonical form, so the whole tree comes back equal (field order aside)
        assertThat(saved).isEqualTo(original);
    }

    @Test
    void extrasAreKeyedByObjectId() throws Exception {
        Extras x = ProjectJson.read(FIXTURE, "extras.json", null).extras();
        assertThat(x.keys()).containsExactlyInAnyOrder("project", "timeline", "media/media-a", "media/media-a/info", "media/media-a/info/video",
                "media/media-a/info/audio", "track/track-v1", "transition/track-v1/tr-1", "marker/marker-1", "clip/clip-1",
                "clip/clip-1/take/take-1", "clip/clip-1/take/take-2/provenance");
        assertThat(x.get("project", "colourGrade").get("lut").asText()).isEqualTo("film.cube");
        assertThat(x.get("project", "futureFlag").asBoolean()).isTrue();
        assertThat(x.get("clip/clip-1", "effects").get(0).get("radius").asInt()).isEqualTo(4);
        assertThat(x.get("clip/clip-1", "label").asText()).isEqualTo("blue");
        assertThat(x.get("clip/clip-1/take/take-2/provenance", "gpu").asText()).isEqualTo("H100");
        assertThat(x.get("project").has("media")).isFalse();
    }

    @Test
    void extrasFollowTheirObjectThroughEdits() throws Exception {
        LoadedProject loaded = ProjectJson.read(FIXTURE, "extras.json", null);
        Project p = loaded.project();
        Track v1 = p.timeline().tracks().get(0);
        Track a1 = p.timeline().tracks().get(1);
        Clip moved = v1.clips().getFirst().withStart(500);
        // the clip moves from V1 to A1 and a track is removed: its extras go with it by id
        Project edited = p.withTimeline(p.timeline().withTracks(List.of(a1.withClips(List.of(moved)))));
        ObjectNode saved = (ObjectNode) ProjectJson.MAPPER.readTree(ProjectJson.write(edited, loaded.extras()));
        JsonNode clip = saved.at("/timeline/tracks/0/clips/0");
        assertThat(clip.get("start").asLong()).isEqualTo(500);
        assertThat(clip.get("label").asText()).isEqualTo("blue");
        assertThat(clip.at("/takes/0/rating").asInt()).isEqualTo(3);
        assertThat(saved.get("colourGrade")).isNotNull();
        // the deleted track's extras are not written anywhere
        assertThat(saved.toString()).doesNotContain("\"height\":64");
    }

    @Test
    void knownFieldsWinOverStaleExtras() throws Exception {
        LoadedProject loaded = ProjectJson.read(FIXTURE, "extras.json", null);
        Project p = loaded.project();
        Project renamed = new Project(p.id(), "Renamed", p.timeline(), p.media());
        JsonNode saved = ProjectJson.MAPPER.readTree(ProjectJson.write(renamed, loaded.extras()));
        assertThat(saved.get("name").asText()).isEqualTo("Renamed");
        assertThat(saved.get("schema").asText()).isEqualTo("Project.2");
    }
}
