package dev.cutroom.models.onnx;

import java.util.Map;

/**
 * An ONNX model: a graph plus the versions a runtime needs to interpret it.
 *
 * @param graph           the graph
 * @param irVersion       ONNX IR version ({@link #IR_VERSION_8} goes with opset 17)
 * @param opsetVersion    default-domain opset
 * @param producerName    tool that wrote the model
 * @param producerVersion its version
 * @param metadata        free-form key/value pairs ({@code metadata_props})
 */
public record OnnxModel(OnnxGraph graph, long irVersion, long opsetVersion, String producerName,
                        String producerVersion, Map<String, String> metadata) {

    /** IR version of ONNX 1.12, the release that introduced opset 17. */
    public static final long IR_VERSION_8 = 8;
    /** The opset Cutroom's converters target. */
    public static final long OPSET_17 = 17;

    public OnnxModel {
        metadata = Map.copyOf(metadata);
    }

    /** A model at IR 8 / opset 17. */
    public static OnnxModel of(OnnxGraph graph, String producerName, Map<String, String> metadata) {
        return new OnnxModel(graph, IR_VERSION_8, OPSET_17, producerName, "1", metadata);
    }
}
