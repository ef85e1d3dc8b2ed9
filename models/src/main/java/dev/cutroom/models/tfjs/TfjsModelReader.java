package dev.cutroom.models.tfjs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a TFJS graph model ({@code model.json} with {@code "format": "graph-model"} plus its weight
 * shards). Weights are little-endian and packed back to back, in manifest order, across the shards
 * concatenated in order; {@code float16} quantisation is decoded to fp32, {@code uint8}/{@code uint16}
 * affine quantisation as {@code q * scale + min}.
 */
public final class TfjsModelReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TfjsModelReader() {
    }

    /** Reads {@code modelJson} and the shards next to it. */
    public static TfjsGraph read(Path modelJson) throws IOException {
        Path dir = modelJson.toAbsolutePath().getParent();
        return read(Files.readAllBytes(modelJson), shard -> {
            try {
                return Files.readAllBytes(dir.resolve(shard));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * @param modelJson the model.json bytes
     * @param shards    reads a shard by its manifest path
     */
    public static TfjsGraph read(byte[] modelJson, Function<String, byte[]> shards) throws IOException {
        JsonNode root = JSON.readTree(modelJson);
        if (!"graph-model".equals(root.path("format").asText())) {
            throw new IOException("not a TFJS graph model: format " + root.path("format"));
        }
        List<TfjsNode> nodes = new ArrayList<>();
        for (JsonNode n : root.path("modelTopology").path("node")) {
            List<String> inputs = new ArrayList<>();
            n.path("input").forEach(i -> inputs.add(i.asText()));
            nodes.add(new TfjsNode(n.path("name").asText(), n.path("op").asText(), inputs, n.path("attr")));
        }
        Map<String, TfjsWeight> weights = new HashMap<>();
        for (JsonNode group : root.path("weightsManifest")) {
            ByteBuffer data = ByteBuffer.wrap(concat(group.path("paths"), shards)).order(ByteOrder.LITTLE_ENDIAN);
            for (JsonNode w : group.path("weights")) {
                TfjsWeight weight = decode(w, data);
                weights.put(weight.name(), weight);
            }
            if (data.hasRemaining()) {
                throw new IOException(data.remaining() + " bytes left after the last weight of " + group.path("paths"));
            }
        }
        return new TfjsGraph(nodes, weights, signatureNames(root, "inputs"), signatureNames(root, "outputs"));
    }

    private static List<String> signatureNames(JsonNode root, String key) {
        List<String> names = new ArrayList<>();
        root.path("signature").path(key).fieldNames().forEachRemaining(k -> names.add(k.replaceFirst(":0$", "")));
        return names;
    }

    private static byte[] concat(JsonNode paths, Function<String, byte[]> shards) {
        var out = new java.io.ByteArrayOutputStream();
        paths.forEach(p -> out.writeBytes(shards.apply(p.asText())));
        return out.toByteArray();
    }

    private static TfjsWeight decode(JsonNode w, ByteBuffer data) throws IOException {
        String name = w.path("name").asText();
        int[] shape = new int[w.path("shape").size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = w.path("shape").get(i).asInt();
        }
        int n = java.util.Arrays.stream(shape).reduce(1, Math::multiplyExact);
        String dtype = w.path("dtype").asText();
        JsonNode q = w.path("quantization");
        if (!q.isMissingNode()) {
            float[] f = new float[n];
            switch (q.path("dtype").asText()) {
                case "float16" -> {
                    for (int i = 0; i < n; i++) {
                        f[i] = Float.float16ToFloat(data.getShort());
                    }
                }
                case "uint8", "uint16" -> {
                    boolean wide = q.path("dtype").asText().equals("uint16");
                    float scale = (float) q.path("scale").asDouble();
                    float min = (float) q.path("min").asDouble();
                    for (int i = 0; i < n; i++) {
                        int v = wide ? data.getShort() & 0xFFFF : data.get() & 0xFF;
                        f[i] = v * scale + min;
                    }
                }
                default -> throw new IOException(name + ": unsupported quantisation " + q);
            }
            return dtype.equals("int32") ? new TfjsWeight(name, shape, null, toInts(f)) : new TfjsWeight(name, shape, f, null);
        }
        switch (dtype) {
            case "float32" -> {
                float[] f = new float[n];
                data.asFloatBuffer().get(f);
                data.position(data.position() + 4 * n);
                return new TfjsWeight(name, shape, f, null);
            }
            case "int32" -> {
                int[] v = new int[n];
                data.asIntBuffer().get(v);
                data.position(data.position() + 4 * n);
                return new TfjsWeight(name, shape, null, v);
            }
            default -> throw new IOException(name + ": unsupported dtype " + dtype);
        }
    }

    private static int[] toInts(float[] f) {
        int[] v = new int[f.length];
        for (int i = 0; i < f.length; i++) {
            v[i] = Math.round(f[i]);
        }
        return v;
    }
}
