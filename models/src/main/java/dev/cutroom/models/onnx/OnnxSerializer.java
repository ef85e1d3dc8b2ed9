package dev.cutroom.models.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.TreeMap;

/**
 * Serialises an {@link OnnxModel} to the ONNX protobuf binary format, with field numbers taken from
 * onnx.proto. Output is deterministic: the same model gives the same bytes (metadata is sorted).
 *
 * <p>Why hand-written rather than protoc-generated classes: no protoc here, and ONNX needs only
 * eight message types and five wire primitives. ONNX Runtime loading the result is the acceptance
 * test.
 */
public final class OnnxSerializer {

    private OnnxSerializer() {
    }

    /** @return the model as ONNX protobuf bytes */
    public static byte[] toBytes(OnnxModel model) {
        ProtoWriter w = new ProtoWriter();
        w.varintField(1, model.irVersion());
        w.stringField(2, model.producerName());
        w.stringField(3, model.producerVersion());
        w.messageField(7, g -> writeGraph(g, model.graph()));
        w.messageField(8, o -> o.stringField(1, "").varintField(2, model.opsetVersion()));
        new TreeMap<>(model.metadata()).forEach((k, v) ->
                w.messageField(14, e -> e.stringField(1, k).stringField(2, v)));
        return w.toByteArray();
    }

    /** Writes the model to {@code file} atomically (temp file, then rename), so no reader sees half a model. */
    public static void write(OnnxModel model, Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, toBytes(model));
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    static void writeGraph(ProtoWriter w, OnnxGraph graph) {
        graph.nodes().forEach(n -> w.messageField(1, m -> writeNode(m, n)));
        w.stringField(2, graph.name());
        graph.initializers().forEach(t -> w.messageField(5, m -> writeTensor(m, t)));
        graph.inputs().forEach(v -> w.messageField(11, m -> writeValueInfo(m, v)));
        graph.outputs().forEach(v -> w.messageField(12, m -> writeValueInfo(m, v)));
    }

    static void writeNode(ProtoWriter w, OnnxNode node) {
        node.inputs().forEach(i -> w.stringField(1, i));
        node.outputs().forEach(o -> w.stringField(2, o));
        w.stringField(3, node.name());
        w.stringField(4, node.opType());
        node.attributes().forEach(a -> w.messageField(5, m -> writeAttribute(m, a)));
        if (!node.domain().isEmpty()) {
            w.stringField(7, node.domain());
        }
    }

    static void writeAttribute(ProtoWriter w, OnnxAttribute a) {
        w.stringField(1, a.name());
        switch (a.type()) {
            case FLOAT -> w.floatField(2, (Float) a.value());
            case INT -> w.varintField(3, (Long) a.value());
            case STRING -> w.stringField(4, (String) a.value());
            case TENSOR -> w.messageField(5, m -> writeTensor(m, (OnnxTensor) a.value()));
            case FLOATS -> {
                for (float f : (float[]) a.value()) {
                    w.floatField(7, f);
                }
            }
            case INTS -> {
                for (long i : (long[]) a.value()) {
                    w.varintField(8, i);
                }
            }
        }
        w.varintField(20, a.type().code());
    }

    static void writeTensor(ProtoWriter w, OnnxTensor t) {
        for (long d : t.dims()) {
            w.varintField(1, d);
        }
        w.varintField(2, t.type().code());
        w.stringField(8, t.name());
        w.bytesField(9, t.rawData());
    }

    static void writeValueInfo(ProtoWriter w, OnnxValueInfo v) {
        w.stringField(1, v.name());
        w.messageField(2, type -> type.messageField(1, tensor -> {
            tensor.varintField(1, v.elementType().code());
            if (v.shape() != null) {
                tensor.messageField(2, shape -> v.shape().forEach(d -> shape.messageField(1, dim -> {
                    switch (d) {
                        case OnnxDim.Fixed f -> dim.varintField(1, f.size());
                        case OnnxDim.Symbolic s -> dim.stringField(2, s.name());
                    }
                })));
            }
        }));
    }
}
