package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectJsonTest {
    private static LoadedProject read(String json) throws ProjectFileException {
        return ProjectJson.read(json.getBytes(StandardCharsets.UTF_8), "test.cutroom", null);
    }

    private static ObjectNode richTree() { return ProjectJson.toTree(TestProjects.rich(), Extras.NONE); }

    private static ProjectFileException failure(String json) {
        try {
            read(json);
        } catch (ProjectFileException e) {
            return e;
        }
        throw new AssertionError("expected a ProjectFileException for " + json);
    }

    private static ProjectFileException failureAfter(java.util.function.Consumer<ObjectNode> edit) {
        ObjectNode tree = richTree();
        edit.accept(tree);
        return failure(tree.toString());
    }

    @Test
    void roundTripKeepsEveryField() throws Exception {
        Project p = TestProjects.rich();
        LoadedProject back = ProjectJson.read(ProjectJson.write(p), "x", null);
        assertThat(back.project()).isEqualTo(p);
        assertThat(back.extras().isEmpty()).isTrue();
        assertThat(back.fromVersion()).isEqualTo(ProjectJson.VERSION);
        assertThat(back.upgraded()).isFalse();
        // and writing again gives the same bytes
        assertThat(ProjectJson.write(back.project(), back.extras())).isEqualTo(ProjectJson.write(p));
    }

    @Test
    void everyObjectNamesItsSchemaAndVersion() {
        ObjectNode tree = richTree();
        assertThat(tree.get("schema").asText()).isEqualTo("Project.2");
        assertThat(tree.get("cutroom").asText()).isEqualTo("0.1");
        checkSchemas(tree, "");
    }

    private static void checkSchemas(JsonNode n, String path) {
        if (n.isObject()) {
            if (!path.endsWith("parameters")) assertThat(n.has("schema")).as("schema at " + path).isTrue();
            n.properties().forEach(e -> checkSchemas(e.getValue(), path + "." + e.getKey()));
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) checkSchemas(n.get(i), path + "[" + i + "]");
        }
    }

    @Test
    void rationalsAreAlwaysFractionStrings() {
        ObjectNode tree = richTree();
        JsonNode v1 = tree.at("/timeline/tracks/0");
        assertThat(tree.at("/timeline/rate").textValue()).isEqualTo("30000/1001");
        assertThat(v1.at("/clips/0/sourceIn").textValue()).isEqualTo("3/2");
        assertThat(v1.at("/clips/0/speed").textValue()).isEqualTo("1/1");
        assertThat(v1.at("/clips/0/takes/0/offset").textValue()).isEqualTo("0/1");
        assertThat(v1.at("/clips/1/sourceIn").textValue()).isEqualTo("1001/30000");
        assertThat(v1.at("/clips/1/speed").textValue()).isEqualTo("1/2");
        assertThat(tree.at("/media/0/info/duration").textValue()).isEqualTo("1001/100");
        assertThat(tree.at("/media/0/info/video/frameRate").textValue()).isEqualTo("30000/1001");
        assertThat(tree.at("/media/1/info/duration").textValue()).isEqualTo("13/1");
    }

    @Test
    void readsIntegersForRationalsToo() throws Exception {
        ObjectNode tree = richTree();
        ((ObjectNode) tree.at("/timeline/tracks/0/clips/0")).put("speed", 1);
        ((ObjectNode) tree.at("/media/1/info")).put("duration", 13);
        assertThat(read(tree.toString()).project()).isEqualTo(TestProjects.rich());
    }

    @Test
    void readsExactDecimalsAndPlainNumbersForRationals() throws Exception {
        ObjectNode tree = richTree();
        ObjectNode clip = (ObjectNode) tree.at("/timeline/tracks/0/clips/1");
        clip.put("sourceIn", new java.math.BigDecimal("0.1"));
        clip.put("speed", "0.5");
        Project p = read(tree.toString()).project();
        var c = p.timeline().tracks().getFirst().clips().get(1);
        assertThat(c.sourceIn()).isEqualTo(dev.cutroom.timeline.model.Rational.of(1, 10));
        assertThat(c.speed()).isEqualTo(dev.cutroom.timeline.model.Rational.of(1, 2));
    }

    @Test
    void emptyFile() {
        assertThatThrownBy(() -> ProjectJson.read(new byte[0], "a.cutroom", null))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.EMPTY))
                .hasMessageStartingWith("a.cutroom: ").hasMessageContaining("empty");
        assertThat(failure("  \n ").kind()).isEqualTo(Kind.EMPTY);
    }

    @Test
    void truncatedFile() {
        byte[] full = ProjectJson.write(TestProjects.rich());
        byte[] half = Arrays.copyOf(full, full.length / 2);
        assertThatThrownBy(() -> ProjectJson.read(half, "half.cutroom", null))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.TRUNCATED))
                .hasMessageStartingWith("half.cutroom: ").hasMessageContaining("cut short").hasMessageContaining("line ");
    }

    @Test
    void truncatedAnywhereIsReportedAsTruncated() {
        byte[] full = ProjectJson.write(TestProjects.rich());
        for (int cut = 1; cut < full.length - 1; cut++) { // every position: inside strings, numbers, literals
            byte[] part = Arrays.copyOf(full, cut);
            if (new String(part, StandardCharsets.UTF_8).isBlank()) continue;
            ProjectFileException e = failure(new String(part, StandardCharsets.UTF_8));
            assertThat(e.kind()).as("cut at " + cut + ": " + e.getMessage()).isEqualTo(Kind.TRUNCATED);
        }
    }

    @Test
    void malformedJsonGivesLineAndColumn() {
        ProjectFileException e = failure("{\n  \"schema\": \"Project.1\",\n  \"name\": oops\n}");
        assertThat(e.kind()).isEqualTo(Kind.MALFORMED);
        assertThat(e.getMessage()).startsWith("test.cutroom: ").contains("line 3, column");
        assertThat(failure("{\"schema\":\"Project.1\"} trailing").kind()).isEqualTo(Kind.MALFORMED);
        assertThat(failure("{\"schema\":\"Project.1\",\"schema\":\"Project.1\"}").kind()).isEqualTo(Kind.MALFORMED);
    }

    @Test
    void foreignJson() {
        for (String json : new String[] {"[1,2]", "\"hello\"", "{\"name\":\"x\"}", "{\"schema\":\"Invoice.2\"}", "{\"schema\":\"Project.x\"}", "{\"schema\":5}"}) {
            ProjectFileException e = failure(json);
            assertThat(e.kind()).as(json).isEqualTo(Kind.FOREIGN);
            assertThat(e.getMessage()).as(json).startsWith("test.cutroom: ").contains("not a Cutroom project");
        }
    }

    @Test
    void newerVersionIsRefusedWithAClearMessage() {
        ProjectFileException e = failure("{\"schema\":\"Project.7\",\"cutroom\":\"9.0\",\"whatever\":[]}");
        assertThat(e.kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(e.getMessage()).isEqualTo("test.cutroom: written by a newer Cutroom: Project.7; this version reads up to Project.2. Update Cutroom to open it");

        ProjectFileException nested = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("schema", "Clip.3"));
        assertThat(nested.kind()).isEqualTo(Kind.NEWER_VERSION);
        assertThat(nested.jsonPath()).isEqualTo("timeline.tracks[0].clips[1]");
        assertThat(nested.getMessage()).contains("Clip.3").contains("Clip.2");
    }

    @Test
    void missingRequiredFieldNamesTheJsonPath() {
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/2/clips/0")).remove("start"));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.jsonPath()).isEqualTo("timeline.tracks[2].clips[0].start");
        assertThat(e.getMessage()).isEqualTo("test.cutroom: timeline.tracks[2].clips[0].start: required whole number is missing");

        assertThat(failureAfter(t -> t.remove("timeline")).jsonPath()).isEqualTo("timeline");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0/takes/1")).remove("mediaId")).jsonPath())
                .isEqualTo("timeline.tracks[0].clips[0].takes[1].mediaId");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/media/0/info/video")).remove("width")).jsonPath())
                .isEqualTo("media[0].info.video.width");
    }

    @Test
    void illTypedFieldsNameTheJsonPath() {
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("start", "soon"));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.getMessage()).contains("timeline.tracks[0].clips[1].start").contains("expected a whole number").contains("\"soon\"");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("start", 1.5)).jsonPath())
                .isEqualTo("timeline.tracks[0].clips[1].start");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).put("speed", "fast")).jsonPath())
                .isEqualTo("timeline.tracks[0].clips[0].speed");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0")).put("kind", "subtitle")).getMessage())
                .contains("timeline.tracks[0].kind").contains("\"video\" or \"audio\"");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0")).put("clips", 3)).jsonPath())
                .isEqualTo("timeline.tracks[0].clips");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline")).withArray("tracks").set(1, t.textNode("V2"))).jsonPath())
                .isEqualTo("timeline.tracks[1]");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).put("schema", "Track.1")).jsonPath())
                .isEqualTo("timeline.tracks[0].clips[0].schema");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0/takes/1/provenance/parameters")).put("scale", 2)).jsonPath())
                .isEqualTo("timeline.tracks[0].clips[0].takes[1].provenance.parameters.scale");
    }

    @Test
    void valuesTheModelRejectsNameTheJsonPath() {
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("duration", 0));
        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.jsonPath()).isEqualTo("timeline.tracks[0].clips[1]");
        assertThat(e.getMessage()).contains("duration must be at least one frame");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline")).put("width", 0)).jsonPath()).isEqualTo("timeline");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).putArray("takes")).getMessage()).contains("has no takes");
    }

    @Test
    void overlappingClipsBreakTheModelRules() {
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("start", 100));
        assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(e.jsonPath()).isEqualTo("timeline.tracks[0].clips[1].start");
        assertThat(e.getMessage()).contains("overlaps clip 'clip-1'");
    }

    @Test
    void duplicateIdsAndDanglingReferencesBreakTheModelRules() {
        ProjectFileException dup = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/2/clips/0")).put("id", "clip-1"));
        assertThat(dup.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(dup.getMessage()).contains("duplicate clip id 'clip-1'").contains("timeline.tracks[2].clips[0].id");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/1")).put("id", "track-v1")).getMessage()).contains("duplicate track id");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/media/1")).put("id", "media-a")).getMessage()).contains("duplicate media id");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).put("activeTakeId", "take-9")).getMessage())
                .contains("has no take 'take-9'");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/2/clips/0/takes/0")).put("mediaId", "media-z")).getMessage())
                .contains("media 'media-z' is not in the media bin");
        assertThat(failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/1")).put("start", -200)).kind()).isEqualTo(Kind.MODEL_RULES);
    }

    @Test
    void clipPlayingPastItsMediaBreaksTheModelRules() {
        // clip-3 plays 120 frames at speed 3 from 0 s: 12.012 s of a 12 s file
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/media/1/info")).put("duration", "12/1"));
        assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(e.getMessage()).startsWith("test.cutroom: ").contains("clip clip-3").contains("outside media media-b");
    }

    @Test
    void numbersTooLargeToWorkWithAreAClearErrorNotAnArithmeticException() {
        // each value is a valid long, but the media-range check multiplies them (found by cutroom drill's fuzzer)
        ProjectFileException e = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).put("sourceIn", Long.MAX_VALUE));
        assertThat(e.getMessage()).startsWith("test.cutroom: ");
        assertThat(e.kind()).isIn(Kind.INVALID, Kind.MODEL_RULES);
        ProjectFileException big = failureAfter(t -> ((ObjectNode) t.at("/timeline/tracks/0/clips/0")).put("speed", "9223372036854775807/3"));
        assertThat(big.getMessage()).startsWith("test.cutroom: ");
    }

    @Test
    void clipOnATrackOfTheWrongKindBreaksTheModelRules() {
        // the audio track's clip moved onto the empty video track: media-b has no picture
        ProjectFileException e = failureAfter(t -> {
            ObjectNode timeline = (ObjectNode) t.at("/timeline");
            var tracks = (com.fasterxml.jackson.databind.node.ArrayNode) timeline.get("tracks");
            ((ObjectNode) tracks.get(1)).set("clips", tracks.get(2).get("clips").deepCopy());
            ((ObjectNode) tracks.get(2)).putArray("clips");
        });
        assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(e.getMessage()).contains("clip clip-3 on video track track-v2").contains("has no video");
    }

    @Test
    void idsMustBeUniqueAcrossKindsAndMarkersNeedIds() {
        ProjectFileException shared = failureAfter(t -> ((ObjectNode) t.at("/timeline/markers/0")).put("id", "clip-2"));
        assertThat(shared.kind()).isEqualTo(Kind.MODEL_RULES);
        assertThat(shared.getMessage()).contains("id clip-2 is used twice");
        ProjectFileException noId = failureAfter(t -> ((ObjectNode) t.at("/timeline/markers/1")).remove("id"));
        assertThat(noId.kind()).isEqualTo(Kind.INVALID);
        assertThat(noId.jsonPath()).isEqualTo("timeline.markers[1].id");
    }

    @Test
    void projectCheckAcceptsAValidProject() {
        assertThat(ProjectCheck.problems(TestProjects.rich())).isEmpty();
        dev.cutroom.timeline.command.Invariants.check(TestProjects.rich());
    }
}
