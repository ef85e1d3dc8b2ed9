package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static dev.cutroom.app.drill.JsonMutations.NODES;

/**
 * Damage that only an OpenTimelineIO file can take, on top of {@link JsonMutations}: one schema swapped for another
 * (a clip where a time is expected), stacks nested far deeper than any editor writes, and rates and frame values at
 * the edges of a double (zero, negative, NaN, 1e300).
 */
final class OtioMutations {
    private static final String[] SCHEMAS = {"Clip.2", "Clip.1", "Gap.1", "Stack.1", "Track.1", "Transition.1", "Marker.2", "LinearTimeWarp.1",
            "FreezeFrame.1", "ExternalReference.1", "MissingReference.1", "GeneratorReference.1", "RationalTime.1", "TimeRange.1",
            "Timeline.1", "SerializableCollection.1", "Effect.1", "Bogus.9", "", "Clip"};
    private static final double[] EDGE_NUMBERS = {0, -24, -1, Double.NaN, Double.POSITIVE_INFINITY, 1e300, -1e300, 9.2e18, 1e-300, 23.976, 29.97, 0.5};

    private OtioMutations() {}

    static JsonMutations.Mutation mutate(JsonNode seedTree, Random r) throws Exception {
        return switch (r.nextInt(3)) {
            case 0 -> new JsonMutations.Mutation("schema swap", JsonMutations.tree(seedTree, r, OtioMutations::swapSchema));
            case 1 -> new JsonMutations.Mutation("nested stacks", JsonMutations.tree(seedTree, r, OtioMutations::nestStacks));
            default -> new JsonMutations.Mutation("edge rate or value", JsonMutations.tree(seedTree, r, OtioMutations::edgeNumber));
        };
    }

    private static void swapSchema(JsonNode root, Random r) {
        List<ObjectNode> typed = objectsWith(root, "OTIO_SCHEMA");
        if (!typed.isEmpty()) typed.get(r.nextInt(typed.size())).put("OTIO_SCHEMA", SCHEMAS[r.nextInt(SCHEMAS.length)]);
    }

    private static void edgeNumber(JsonNode root, Random r) {
        List<ObjectNode> times = objectsWith(root, "rate");
        if (times.isEmpty()) return;
        times.get(r.nextInt(times.size())).put(r.nextBoolean() ? "rate" : "value", EDGE_NUMBERS[r.nextInt(EDGE_NUMBERS.length)]);
    }

    /** Wraps one item of a track in Stack → Track, 1 to 100 times. */
    private static void nestStacks(JsonNode root, Random r) {
        List<ObjectNode> tracks = new ArrayList<>();
        for (ObjectNode o : objectsWith(root, "OTIO_SCHEMA")) {
            if (o.path("OTIO_SCHEMA").asText().startsWith("Track") && o.path("children").isArray() && !o.get("children").isEmpty()) tracks.add(o);
        }
        if (tracks.isEmpty()) return;
        ObjectNode track = tracks.get(r.nextInt(tracks.size()));
        ArrayNode children = (ArrayNode) track.get("children");
        int at = r.nextInt(children.size());
        JsonNode inner = children.get(at);
        for (int d = 0, depth = 1 + r.nextInt(100); d < depth; d++) {
            ObjectNode t = NODES.objectNode().put("OTIO_SCHEMA", "Track.1").put("kind", track.path("kind").asText("Video"));
            t.putArray("children").add(inner);
            ObjectNode s = NODES.objectNode().put("OTIO_SCHEMA", "Stack.1").put("name", "Nested " + d);
            s.putArray("children").add(t);
            inner = s;
        }
        children.set(at, inner);
    }

    private static List<ObjectNode> objectsWith(JsonNode root, String field) {
        List<ObjectNode> out = new ArrayList<>();
        collect(root, field, out);
        return out;
    }

    private static void collect(JsonNode n, String field, List<ObjectNode> out) {
        if (n instanceof ObjectNode o && o.has(field)) out.add(o);
        for (JsonNode c : n) collect(c, field, out);
    }
}
