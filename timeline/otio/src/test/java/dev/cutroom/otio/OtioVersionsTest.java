package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import dev.cutroom.otio.ImportReport.Kind;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What current and older OpenTimelineIO writers put in files (fixture {@code current-otio-24.otio}, written here in
 * their shape): Marker.3 with Color.1 RGBA colours, the JSON number extensions Inf/-Inf/NaN, the legacy Sequence.1,
 * a track trimmed to a start timecode (-86400 frames), a global start of 01:00:00:00, an item of a vendor schema, a
 * generator reference and a freeze frame; and the rule that an import which places nothing is an error.
 */
class OtioVersionsTest {
    static OtioImporter.Result read() throws Exception {
        return new OtioImporter(new OtioImporter.Options(null, false, Ids.seeded(3))).read(FixturesTest.fixture("current-otio-24.otio"));
    }

    @Test
    void readsCurrentAndLegacySchemas() throws Exception {
        OtioImporter.Result r = read();
        Project p = r.project();
        assertThat(p.timeline().tracks()).hasSize(1);
        // the track's trim to -86400 frames is the start timecode, not a trim: both clips are where an editor puts them
        assertThat(p.timeline().tracks().getFirst().clips()).extracting(Clip::name, Clip::start, Clip::duration)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A010_C003", 0L, 48L), org.assertj.core.groups.Tuple.tuple("Slug", 72L, 24L));
        assertThat(p.timeline().markers()).filteredOn(m -> m.name().equals("Reel break"))
                .extracting(Marker::frame, Marker::colour, Marker::note).containsExactly(org.assertj.core.groups.Tuple.tuple(40L, "yellow", "check sync"));
        assertThat(r.report().entries()).anySatisfy(e -> assertThat(e.message()).contains("starts at timecode 01:00:00:00"));
        assertThat(r.report().of(Kind.ADJUSTED)).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo("$.tracks.children[0].source_range");
            assertThat(e.message()).contains("frame -86400").contains("ignored");
        });
        assertThat(r.report().of(Kind.UNMAPPED)).anySatisfy(e -> assertThat(e.message()).contains("Vendor_Title.1").contains("written back"));
        // the clip marker (Color.1 without a name) stays on its clip, 10 frames in
        Clip first = p.timeline().tracks().getFirst().clips().getFirst();
        assertThat(first.markers()).singleElement().satisfies(m -> {
            assertThat(m.colour()).isEqualTo("#3366ff");
            assertThat(m.duration()).isEqualTo(Rational.of(1, 4));
            assertThat(first.markerPosition(p.timeline().rate(), m)).isEqualTo(Rational.of(10));
        });
        assertThat(p.timeline().markers()).extracting(Marker::name).containsExactly("Reel break");
        // a generator is kept as an offline clip, never dropped
        Clip slug = p.timeline().tracks().getFirst().clips().get(1);
        assertThat(p.mediaItem(slug.activeTake().mediaId()).path()).isEqualTo("generator:SolidColor");
        assertThat(p.mediaItem(slug.activeTake().mediaId()).isUsable()).isFalse();
    }

    @Test
    void rgbaColoursWithoutANameBecomeHexColours() {
        var c = OtioJson.object().put("OTIO_SCHEMA", "Color.1").put("r", 0.2).put("g", 0.4).put("b", 1.0).put("a", 1.0);
        assertThat(MarkerColours.fromOtio(c)).isEqualTo("#3366ff");
        assertThat(MarkerColours.fromOtio(c.put("a", 0.5))).isEqualTo("#3366ff80");
        assertThat(MarkerColours.fromOtio(OtioJson.NODES.textNode("GREEN"))).isEqualTo("green");
        assertThat(MarkerColours.toOtio("#f0a030").get("r").doubleValue()).isEqualTo(0.9412);
        assertThat(MarkerColours.fromOtio(MarkerColours.toOtio("#f0a030"))).isEqualTo("#f0a030");
        assertThat(MarkerColours.fromOtio(MarkerColours.toOtio("blue"))).isEqualTo("blue");
    }

    @Test
    void writesCurrentVersionsAndKeepsWhatItDoesNotModel(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        OtioImporter.Result r = read();
        JsonNode out = OtioExporter.toTree(r.project(), r.extras(), dir);
        String text = new String(OtioExporter.write(r.project(), r.extras(), dir), StandardCharsets.UTF_8);
        JsonNode reelBreak = null;
        for (JsonNode m : out.path("tracks").path("markers")) if (m.path("name").asText().equals("Reel break")) reelBreak = m;
        assertThat(reelBreak).isNotNull();
        assertThat(reelBreak.path("OTIO_SCHEMA").asText()).isEqualTo("Marker.3");
        assertThat(reelBreak.path("color").path("name").asText()).isEqualTo("YELLOW");
        JsonNode track = out.path("tracks").path("children").get(0);
        assertThat(track.path("OTIO_SCHEMA").asText()).isEqualTo("Track.1");
        // clip, the vendor item where it was, then the generator clip with its reference as it was
        assertThat(track.path("children")).extracting(n -> n.path("OTIO_SCHEMA").asText()).containsExactly("Clip.2", "Vendor_Title.1", "Clip.2");
        assertThat(track.path("children").get(1).path("text").asText()).isEqualTo("Interview");
        assertThat(track.path("children").get(0).path("markers").get(0).path("OTIO_SCHEMA").asText()).isEqualTo("Marker.3");
        assertThat(track.path("children").get(0).path("markers").get(0).path("marked_range").path("start_time").path("value").asDouble()).isEqualTo(86510.0);
        JsonNode gen = track.path("children").get(2).path("media_references").elements().next();
        assertThat(gen.path("OTIO_SCHEMA").asText()).isEqualTo("GeneratorReference.1");
        assertThat(gen.path("parameters").path("color").size()).isEqualTo(3);
        // non-finite numbers in kept metadata are written back in a form OTIO reads
        assertThat(out.path("metadata").path("lab").path("exposure_max").doubleValue()).isInfinite();
        assertThat(out.path("metadata").path("lab").path("gain").doubleValue()).isNaN();
        assertThat(out.path("global_start_time").path("value").asDouble()).isEqualTo(86400.0);
        assertThat(text).contains("\"Inf in a string stays\"");

        Path file = dir.resolve("again.otio");
        Files.writeString(file, text);
        OtioImporter.Result back = new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(4))).read(file);
        assertThat(back.project().timeline()).isEqualTo(r.project().timeline());
        assertThat(OtioExporter.toTree(back.project(), back.extras(), dir)).isEqualTo(out);
    }

    @Test
    void infAndNegativeInfAreNumbersOutsideStringsOnly() throws Exception {
        byte[] in = "{\"a\": Inf, \"b\": -Inf, \"c\": \"Inf\", \"d\": Infinity, \"e\": [NaN,-Infinity]}".getBytes(StandardCharsets.UTF_8);
        JsonNode n = OtioJson.MAPPER.readTree(OtioJson.withOtioNumbers(in));
        assertThat(n.get("a").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(n.get("b").doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(n.get("c").textValue()).isEqualTo("Inf");
        assertThat(n.get("d").doubleValue()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(n.get("e").get(0).doubleValue()).isNaN();
    }

    @Test
    void anImportThatPlacesNothingIsAnError() {
        String otio = """
                {"OTIO_SCHEMA": "Timeline.1", "name": "t", "tracks": {"OTIO_SCHEMA": "Stack.1", "children": [
                  {"OTIO_SCHEMA": "Track.1", "kind": "Video", "children": [
                    {"OTIO_SCHEMA": "Clip.1", "name": "tiny", "media_reference": null,
                     "source_range": {"OTIO_SCHEMA": "TimeRange.1",
                        "start_time": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 0.0},
                        "duration": {"OTIO_SCHEMA": "RationalTime.1", "rate": 24.0, "value": 0.25}}}]}]}}
                """;
        assertThatThrownBy(() -> new OtioImporter().read(otio.getBytes(StandardCharsets.UTF_8), "tiny.otio", null))
                .isInstanceOf(OtioException.class).hasMessageStartingWith("tiny.otio at $: nothing could be imported: the file holds 1 clip(s)");
    }
}
