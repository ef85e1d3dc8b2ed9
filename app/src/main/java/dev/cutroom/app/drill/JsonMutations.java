package dev.cutroom.app.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Damage done to a JSON file by the fuzz drills: byte flips, truncations, inserted garbage, broken encodings, deep
 * nesting, and tree edits (deleted fields, swapped types, huge and negative numbers, long strings, duplicated
 * elements). The same damage for project files and for OpenTimelineIO files.
 */
final class JsonMutations {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonMutations() {}

    record Mutation(String kind, byte[] bytes) {}

    /** One random mutation of {@code seed} (whose parsed tree is {@code tree}; neither is changed). */
    static Mutation mutate(byte[] seed, JsonNode tree, Random r) throws Exception {
        int pick = r.nextInt(10);
        return switch (pick) {
            case 0 -> new Mutation("byte flips", flips(seed, r));
            case 1 -> new Mutation("truncation", Arrays.copyOf(seed, r.nextInt(seed.length)));
            case 2 -> new Mutation("inserted garbage", insert(seed, r));
            case 3 -> new Mutation("deleted field", tree(tree, r, JsonMutations::deleteField));
            case 4 -> new Mutation("type swap", tree(tree, r, JsonMutations::swapType));
            case 5 -> new Mutation("huge number", tree(tree, r, JsonMutations::hugeNumber));
            case 6 -> new Mutation("deep nesting", deepNesting(seed, r));
            case 7 -> new Mutation("duplicated element", tree(tree, r, JsonMutations::duplicate));
            case 8 -> new Mutation("several tree mutations", tree(tree, r, (n, rr) -> {
                for (int i = 0; i < 2 + rr.nextInt(4); i++) {
                    switch (rr.nextInt(4)) {
                        case 0 -> deleteField(n, rr);
                        case 1 -> swapType(n, rr);
                        case 2 -> hugeNumber(n, rr);
                        default -> duplicate(n, rr);
                    }
                }
            }));
            default -> new Mutation("encoding damage", encoding(seed, r));
        };
    }

    private static byte[] flips(byte[] seed, Random r) {
        byte[] b = seed.clone();
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        return b;
    }

    private static byte[] insert(byte[] seed, Random r) {
        int at = r.nextInt(seed.length);
        byte[] junk = new byte[1 + r.nextInt(64)];
        r.nextBytes(junk);
        byte[] out = new byte[seed.length + junk.length];
        System.arraycopy(seed, 0, out, 0, at);
        System.arraycopy(junk, 0, out, at, junk.length);
        System.arraycopy(seed, at, out, at + junk.length, seed.length - at);
        return out;
    }

    private static byte[] encoding(byte[] seed, Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> new String(seed, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16);
            case 1 -> {
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                byte[] out = Arrays.copyOf(bom, bom.length + seed.length);
                System.arraycopy(seed, 0, out, bom.length, seed.length);
                yield out;
            }
            default -> new byte[r.nextInt(3)];
        };
    }

    private static byte[] deepNesting(byte[] seed, Random r) throws Exception {
        int depth = 500 + r.nextInt(100_000);
        String open = r.nextBoolean() ? "[" : "{\"a\":";
        String close = open.equals("[") ? "]" : "}";
        String s = new String(seed, StandardCharsets.UTF_8);
        // put the deep value where a field's value is expected
        int colon = s.indexOf(':', r.nextInt(s.length()));
        if (colon < 0) colon = s.indexOf(':');
        return (s.substring(0, colon + 1) + open.repeat(depth) + "1" + close.repeat(depth) + s.substring(colon + 1)
                .replaceFirst("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[-0-9.eE+]+|true|false|null)", "")).getBytes(StandardCharsets.UTF_8);
    }

    interface TreeEdit { void apply(JsonNode root, Random r); }

    static byte[] tree(JsonNode seedTree, Random r, TreeEdit edit) throws Exception {
        JsonNode copy = seedTree.deepCopy();
        edit.apply(copy, r);
        return JSON.writeValueAsBytes(copy);
    }

    /** A random container node and, for an object, one of its field names. */
    record Slot(JsonNode parent, String field, int index) {}

    static Slot randomSlot(JsonNode root, Random r) {
        List<Slot> slots = new ArrayList<>();
        collect(root, slots);
        return slots.isEmpty() ? null : slots.get(r.nextInt(slots.size()));
    }

    private static void collect(JsonNode node, List<Slot> out) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                var e = it.next();
                out.add(new Slot(o, e.getKey(), -1));
                collect(e.getValue(), out);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                out.add(new Slot(a, null, i));
                collect(a.get(i), out);
            }
        }
    }

    static void set(Slot s, JsonNode value) {
        if (s.parent() instanceof ObjectNode o) o.set(s.field(), value); else ((ArrayNode) s.parent()).set(s.index(), value);
    }

    static JsonNode get(Slot s) {
        return s.field() != null ? s.parent().get(s.field()) : s.parent().get(s.index());
    }

    private static void deleteField(JsonNode root, Random r) {
        Slot s = randomSlot(root, r);
        if (s == null) return;
        if (s.parent() instanceof ObjectNode o) o.remove(s.field()); else ((ArrayNode) s.parent()).remove(s.index());
    }

    private static void swapType(JsonNode root, Random r) {
        Slot s = randomSlot(root, r);
        if (s == null) return;
        JsonNode old = get(s);
        JsonNode v = switch (r.nextInt(7)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode(old.isTextual() ? "" : old.toString());
            case 2 -> NODES.numberNode(r.nextInt(5) - 2);
            case 3 -> NODES.booleanNode(r.nextBoolean());
            case 4 -> NODES.arrayNode().add(old);
            case 5 -> NODES.objectNode().set("value", old);
            default -> NODES.numberNode(0.5);
        };
        set(s, v);
    }

    private static void hugeNumber(JsonNode root, Random r) {
        Slot s = randomSlot(root, r);
        if (s == null) return;
        JsonNode v = switch (r.nextInt(8)) {
            case 0 -> NODES.numberNode(Long.MAX_VALUE);
            case 1 -> NODES.numberNode(Long.MIN_VALUE);
            case 2 -> NODES.numberNode(new BigInteger("9".repeat(20 + r.nextInt(2000))));
            case 3 -> NODES.numberNode(1e308);
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(Integer.MAX_VALUE);
            case 6 -> NODES.textNode("9".repeat(1 + r.nextInt(400)) + "/" + "7".repeat(1 + r.nextInt(400)));
            default -> NODES.textNode("x".repeat(r.nextInt(1 << 20)));
        };
        set(s, v);
    }

    private static void duplicate(JsonNode root, Random r) {
        Slot s = randomSlot(root, r);
        if (s == null) return;
        if (s.parent() instanceof ArrayNode a) {
            JsonNode dup = a.get(s.index()).deepCopy();
            for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) a.add(dup);
        } else {
            ((ObjectNode) s.parent()).set(s.field() + "Copy", get(s).deepCopy());
        }
    }
}
