package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nested stacks (compound clips, nested sequences) flattened into several tracks, checked frame by frame: for random
 * timelines of tracks holding stacks holding tracks (three levels, trimmed by their source ranges, overlapping), the
 * clips painted at every frame, bottom to top, are the same in the OTIO file (evaluated here by OTIO's rules) and in
 * the imported project, at 24, 23.976 and 29.97 fps. Nothing may be dropped: the importer reports no UNMAPPED item.
 */
class NestedStacksTest {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    @Test
    void randomNestedStacksPaintTheSameFramesAfterImport() throws Exception {
        double[] rates = {24, 23.976, 29.97};
        int added = 0;
        for (int seed = 0; seed < 150; seed++) {
            double rate = rates[seed % rates.length];
            Random rnd = new Random(seed);
            ObjectNode timeline = timeline(rate, rnd);
            OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(seed)))
                    .read(OtioJson.MAPPER.writeValueAsBytes(timeline), "nested-" + seed + ".otio", dir);
            Project p = r.project();
            Invariants.check(p);
            assertThat(r.report().of(ImportReport.Kind.UNMAPPED)).as("seed %d", seed).isEmpty();
            List<Track> video = p.timeline().tracks().stream().filter(t -> t.kind() == TrackKind.VIDEO).toList();
            added += video.size() - timeline.at("/tracks/children").size();
            int length = duration(timeline.get("tracks"));
            for (int f = 0; f < length; f++) {
                assertThat(painted(p, video, f)).as("seed %d at %s fps, frame %d", seed, rate, f).isEqualTo(reference(timeline.get("tracks"), f));
            }
        }
        assertThat(added).as("overlapping nested tracks needed tracks of their own").isPositive();
    }

    // ------------------------------------------------------------------ random timelines

    static ObjectNode timeline(double rate, Random rnd) {
        ObjectNode tl = F.objectNode().put("OTIO_SCHEMA", "Timeline.1").put("name", "nested");
        tl.set("global_start_time", time(0, rate));
        ObjectNode stack = tl.putObject("tracks").put("OTIO_SCHEMA", "Stack.1").put("name", "tracks");
        ArrayNode tracks = stack.putArray("children");
        int n = 1 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) tracks.add(track(rate, rnd, 0));
        return tl;
    }

    static ObjectNode track(double rate, Random rnd, int depth) {
        ObjectNode t = F.objectNode().put("OTIO_SCHEMA", "Track.1").put("kind", "Video").put("name", "V" + depth);
        ArrayNode items = t.putArray("children");
        int n = 1 + rnd.nextInt(4);
        for (int i = 0; i < n; i++) {
            int pick = rnd.nextInt(depth < 2 ? 4 : 3);
            if (pick == 0) items.add(gap(1 + rnd.nextInt(20), rate));
            else if (pick < 3) items.add(clip(rnd, rate));
            else items.add(stack(rate, rnd, depth + 1));
        }
        return t;
    }

    static ObjectNode stack(double rate, Random rnd, int depth) {
        ObjectNode s = F.objectNode().put("OTIO_SCHEMA", "Stack.1").put("name", "Compound Clip " + depth);
        ArrayNode tracks = s.putArray("children");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) tracks.add(track(rate, rnd, depth));
        int length = Math.max(1, duration(s));
        int start = rnd.nextInt(length);
        s.set("source_range", range(start, 1 + rnd.nextInt(length - start + 5), rate));
        return s;
    }

    static ObjectNode clip(Random rnd, double rate) {
        int media = rnd.nextInt(3);
        ObjectNode c = F.objectNode().put("OTIO_SCHEMA", "Clip.2").put("name", "m" + media);
        c.set("source_range", range(rnd.nextInt(200), 1 + rnd.nextInt(30), rate));
        ObjectNode ref = c.putObject("media_references").putObject("DEFAULT_MEDIA").put("OTIO_SCHEMA", "ExternalReference.1")
                .put("target_url", "clips/m" + media + ".mov");
        ref.set("available_range", range(0, 1000, rate));
        c.put("active_media_reference_key", "DEFAULT_MEDIA");
        return c;
    }

    static ObjectNode gap(int frames, double rate) {
        ObjectNode g = F.objectNode().put("OTIO_SCHEMA", "Gap.1");
        g.set("source_range", range(0, frames, rate));
        return g;
    }

    static ObjectNode range(int start, int duration, double rate) {
        ObjectNode r = F.objectNode().put("OTIO_SCHEMA", "TimeRange.1");
        r.set("start_time", time(start, rate));
        r.set("duration", time(duration, rate));
        return r;
    }

    static ObjectNode time(int value, double rate) {
        return F.objectNode().put("OTIO_SCHEMA", "RationalTime.1").put("rate", rate).put("value", value);
    }

    // ------------------------------------------------------------------ OTIO's rules, in frames

    static int frames(JsonNode range, String field) { return range.get(field).get("value").asInt(); }

    /** Length in frames of an item, as its parent lays it out. */
    static int duration(JsonNode item) {
        JsonNode sr = item.get("source_range");
        if (sr != null && !sr.isNull()) return frames(sr, "duration");
        int d = 0;
        String schema = item.get("OTIO_SCHEMA").asText();
        for (JsonNode c : item.path("children")) d = schema.startsWith("Stack") ? Math.max(d, duration(c)) : d + duration(c);
        return d;
    }

    /** What a stack, track or clip paints at its local frame {@code f}, bottom to top: "media@source frame". */
    static List<String> reference(JsonNode item, int f) {
        List<String> out = new ArrayList<>();
        String schema = item.get("OTIO_SCHEMA").asText();
        JsonNode sr = item.get("source_range");
        int local = (sr != null && !sr.isNull() ? frames(sr, "start_time") : 0) + f;
        if (schema.startsWith("Clip")) {
            out.add(item.get("name").asText() + "@" + local);
        } else if (schema.startsWith("Stack")) {
            for (JsonNode c : item.get("children")) if (local < duration(c)) out.addAll(reference(c, local));
        } else if (schema.startsWith("Track")) {
            int pos = 0;
            for (JsonNode c : item.get("children")) {
                int d = duration(c);
                if (local >= pos && local < pos + d) return reference(c, local - pos);
                pos += d;
            }
        }
        return out;
    }

    /** What the imported video tracks paint at frame {@code f}, bottom to top. */
    static List<String> painted(Project p, List<Track> video, int f) {
        FrameRate rate = p.timeline().rate();
        List<String> out = new ArrayList<>();
        for (Track t : video) {
            for (Clip c : t.clips()) {
                if (f < c.start() || f >= c.end()) continue;
                String path = p.mediaItem(c.activeTake().mediaId()).path();
                String media = path.substring(path.lastIndexOf('/') + 1).replace(".mov", "");
                long source = c.sourceIn().times(rate.fps()).round() + (f - c.start());
                out.add(media + "@" + source);
            }
        }
        return out;
    }
}
