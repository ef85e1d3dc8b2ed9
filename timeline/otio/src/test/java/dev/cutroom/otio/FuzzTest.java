package dev.cutroom.otio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Thousands of mutated OTIO files (byte flips, truncations, values of the wrong type, huge and non-finite numbers, zero
 * and NaN rates, removed fields, deep nesting): the importer either gives a project that keeps every model rule (and
 * exports again), or an {@link OtioException} that names the file; never another exception, never a hang.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang guard, not a speed claim
class FuzzTest {
    static final JsonNodeFactory F = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    int imported, refused;
    long slowest;

    /** The slowest input, printed (a catastrophic blow-up still ends the test through the class's hang guard). */
    @AfterEach
    void report() {
        System.out.printf("fuzz: %d imported, %d refused, slowest input %.1f ms%n", imported, refused, slowest / 1e6);
    }

    List<byte[]> seeds() throws Exception {
        List<byte[]> out = new ArrayList<>();
        for (String f : new String[] {"resolve-23976.otio", "premiere-2997.otio", "kdenlive-25.otio", "resolve-compound-23976.otio"}) out.add(Files.readAllBytes(FixturesTest.fixture(f)));
        Project small = new RandomProjects(3, FrameRate.FPS_29_97).project(40);
        out.add(OtioExporter.write(small, Extras.NONE, dir));
        return out;
    }

    void check(byte[] input, String what) {
        long t0 = System.nanoTime();
        try {
            OtioImporter.Result r = new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(input, "fuzz.otio", dir);
            Invariants.check(r.project());
            OtioExporter.write(r.project(), r.extras(), dir);
            imported++;
        } catch (OtioException e) {
            refused++;
            assertThat(e.getMessage()).as(what).startsWith("fuzz.otio");
            assertThat(e.problem()).as(what).isNotBlank();
        } catch (Throwable e) {
            fail(what + ": unexpected " + e + "\ninput: " + new String(input, 0, Math.min(input.length, 3000), StandardCharsets.UTF_8), e);
        }
        slowest = Math.max(slowest, System.nanoTime() - t0); // measured and printed, not asserted (shared machines)
    }

    @Test
    void byteFlipsAndTruncations() throws Exception {
        Random rnd = new Random(11);
        List<byte[]> seeds = seeds();
        for (int i = 0; i < 1500; i++) {
            byte[] s = seeds.get(i % seeds.size()).clone();
            if (i % 3 == 0) {
                byte[] cut = java.util.Arrays.copyOf(s, rnd.nextInt(s.length));
                check(cut, "truncated to " + cut.length);
            } else {
                int flips = 1 + rnd.nextInt(4);
                for (int k = 0; k < flips; k++) {
                    int at = rnd.nextInt(s.length);
                    s[at] = rnd.nextBoolean() ? (byte) rnd.nextInt(256) : (byte) "0123456789.-e{}[],:\"nNaI ".charAt(rnd.nextInt(25));
                }
                check(s, "flipped " + flips + " bytes");
            }
        }
        assertThat(refused).isPositive();
    }

    @Test
    void treeMutations() throws Exception {
        Random rnd = new Random(12);
        List<byte[]> seeds = seeds();
        for (int i = 0; i < 2500; i++) {
            JsonNode tree = OtioJson.MAPPER.readTree(seeds.get(i % seeds.size()));
            int n = 1 + rnd.nextInt(3);
            StringBuilder what = new StringBuilder();
            for (int k = 0; k < n; k++) what.append(mutate(tree, rnd)).append("; ");
            check(OtioJson.MAPPER.writeValueAsBytes(tree), what.toString());
        }
        assertThat(imported).as("some mutations still import").isPositive();
        assertThat(refused).as("some are refused").isPositive();
    }

    @Test
    void deepNestingIsRefusedQuickly() throws Exception {
        // JSON nested far deeper than any timeline
        check(("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8), "100000 nested lists");
        check(("{\"a\":".repeat(50_000) + "1" + "}".repeat(50_000)).getBytes(StandardCharsets.UTF_8), "50000 nested objects");
        // stacks nested in tracks 60 deep: valid JSON depth, too many compositions
        ObjectNode clip = (ObjectNode) OtioJson.MAPPER.readTree(Files.readAllBytes(FixturesTest.fixture("kdenlive-25.otio"))).at("/tracks/children/0/children/1");
        JsonNode inner = clip;
        for (int d = 0; d < 60; d++) {
            ObjectNode track = F.objectNode().put("OTIO_SCHEMA", "Track.1").put("kind", "Video");
            track.set("children", F.arrayNode().add(inner));
            ObjectNode stack = F.objectNode().put("OTIO_SCHEMA", "Stack.1");
            stack.set("children", F.arrayNode().add(track));
            inner = stack;
        }
        ObjectNode top = F.objectNode().put("OTIO_SCHEMA", "Track.1").put("kind", "Video");
        top.set("children", F.arrayNode().add(inner));
        ObjectNode tl = F.objectNode().put("OTIO_SCHEMA", "Timeline.1");
        ObjectNode st = tl.putObject("tracks").put("OTIO_SCHEMA", "Stack.1");
        st.putArray("children").add(top);
        byte[] bytes = OtioJson.MAPPER.writeValueAsBytes(tl);
        check(bytes, "stacks 60 deep");
        try {
            new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(bytes, "deep.otio", dir);
            fail("accepted");
        } catch (OtioException e) {
            assertThat(e.getMessage()).startsWith("deep.otio at $.tracks.children[0]").contains("nested");
        }
    }

    @Test
    void messagesNameTheFileAndThePath() throws Exception {
        ObjectNode tree = (ObjectNode) OtioJson.MAPPER.readTree(Files.readAllBytes(FixturesTest.fixture("kdenlive-25.otio")));
        ((ObjectNode) tree.at("/tracks/children/0/children/1/source_range/duration")).put("rate", Double.NaN);
        OtioException e = refuse(tree);
        assertThat(e.getMessage()).isEqualTo("k.otio at $.tracks.children[0].children[1].source_range.duration.rate: rate must be a positive number up to 1000000, got NaN");

        tree = (ObjectNode) OtioJson.MAPPER.readTree(Files.readAllBytes(FixturesTest.fixture("kdenlive-25.otio")));
        ((ObjectNode) tree.at("/tracks/children/2/children/1/source_range/start_time")).put("value", 1e300);
        assertThat(refuse(tree).getMessage()).startsWith("k.otio at $.tracks.children[2].children[1].source_range.start_time.value: time out of range");

        tree = (ObjectNode) OtioJson.MAPPER.readTree(Files.readAllBytes(FixturesTest.fixture("kdenlive-25.otio")));
        ((ObjectNode) tree.at("/tracks/children/1")).put("children", "oops");
        assertThat(refuse(tree).getMessage()).isEqualTo("k.otio at $.tracks.children[1].children: expected a list, found text");

        OtioException trunc = assertRefused("{\"OTIO_SCHEMA\": \"Timeline.1\", \"tracks\": {");
        assertThat(trunc.getMessage()).startsWith("t.otio: the file ends in the middle of the JSON");
        assertThat(assertRefused("{\"OTIO_SCHEMA\": \"Project.1\"}").getMessage()).contains("not an OpenTimelineIO timeline");
        assertThat(assertRefused("").getMessage()).contains("empty");
    }

    OtioException refuse(JsonNode tree) throws Exception {
        try {
            new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(OtioJson.MAPPER.writeValueAsBytes(tree), "k.otio", dir);
        } catch (OtioException e) {
            return e;
        }
        throw new AssertionError("accepted");
    }

    OtioException assertRefused(String json) {
        try {
            new OtioImporter(new OtioImporter.Options(dir, false, Ids.seeded(1))).read(json.getBytes(StandardCharsets.UTF_8), "t.otio", dir);
        } catch (OtioException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    // ------------------------------------------------------------------ tree mutation

    record Slot(JsonNode container, String field, int index) {
        JsonNode get() { return field != null ? container.get(field) : container.get(index); }

        void set(JsonNode v) {
            if (field != null) ((ObjectNode) container).set(field, v);
            else ((ArrayNode) container).set(index, v);
        }

        void remove() {
            if (field != null) ((ObjectNode) container).remove(field);
            else ((ArrayNode) container).remove(index);
        }
    }

    static void slots(JsonNode n, List<Slot> out) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            List<String> names = new ArrayList<>();
            while (it.hasNext()) names.add(it.next().getKey());
            for (String f : names) {
                out.add(new Slot(n, f, -1));
                slots(n.get(f), out);
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                out.add(new Slot(n, null, i));
                slots(n.get(i), out);
            }
        }
    }

    static final String[] SCHEMAS = {"Clip.2", "Clip.1", "Gap.1", "Stack.1", "Track.1", "Transition.1", "Marker.2", "LinearTimeWarp.1",
            "FreezeFrame.1", "ExternalReference.1", "MissingReference.1", "GeneratorReference.1", "RationalTime.1", "TimeRange.1", "Timeline.1", "Bogus.9"};

    static String mutate(JsonNode tree, Random rnd) {
        List<Slot> slots = new ArrayList<>();
        slots(tree, slots);
        if (slots.isEmpty()) return "none";
        Slot s = slots.get(rnd.nextInt(slots.size()));
        String where = (s.field != null ? s.field : "[" + s.index + "]");
        switch (rnd.nextInt(12)) {
            case 0 -> { s.remove(); return "removed " + where; }
            case 1 -> { s.set(F.nullNode()); return "null at " + where; }
            case 2 -> { s.set(F.textNode("x")); return "text at " + where; }
            case 3 -> { s.set(F.numberNode(new double[] {1e308, -1e308, Double.NaN, Double.POSITIVE_INFINITY, -1, 0, 9.2e18, 1e-300}[rnd.nextInt(8)])); return "number at " + where; }
            case 4 -> { s.set(F.arrayNode()); return "list at " + where; }
            case 5 -> { s.set(F.objectNode()); return "object at " + where; }
            case 6 -> { s.set(F.booleanNode(rnd.nextBoolean())); return "bool at " + where; }
            case 7 -> { s.set(F.textNode(SCHEMAS[rnd.nextInt(SCHEMAS.length)])); return "schema text at " + where; }
            case 8 -> {
                JsonNode v = s.get();
                if (v != null && v.isNumber()) { s.set(F.numberNode(v.doubleValue() * (rnd.nextBoolean() ? 1e9 : -1))); return "scaled number at " + where; }
                s.set(F.numberNode(rnd.nextInt(100_000))); return "int at " + where;
            }
            case 9 -> {
                // copy another node here (a clip into a marker list, a stack into a reference...)
                Slot o = slots.get(rnd.nextInt(slots.size()));
                JsonNode v = o.get();
                if (v != null) s.set(v.deepCopy());
                return "copied " + (o.field != null ? o.field : "[" + o.index + "]") + " to " + where;
            }
            case 10 -> {
                JsonNode v = s.get();
                if (v instanceof ObjectNode o && o.has("rate")) { o.put("rate", new double[] {0, -24, Double.NaN, 1e12, 23.976, 29.97, 1e-9}[rnd.nextInt(7)]); return "rate at " + where; }
                if (v != null && v.isContainerNode()) { s.set(F.arrayNode().add(F.arrayNode().add(v))); return "wrapped " + where; }
                return "nothing";
            }
            default -> {
                JsonNode v = s.get();
                if (v != null && v.isArray() && !v.isEmpty()) { ((ArrayNode) v).add(v.get(rnd.nextInt(v.size())).deepCopy()); return "duplicated in " + where; }
                return "nothing";
            }
        }
    }
}
