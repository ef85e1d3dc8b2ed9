package dev.cutroom.models.onnx;

import java.util.List;

/**
 * One operator call in a graph. An empty string in {@code inputs} marks an omitted optional input.
 *
 * @param opType     operator, e.g. {@code Conv}
 * @param name       node name, unique in the graph
 * @param inputs     input value names
 * @param outputs    output value names
 * @param attributes attributes
 * @param domain     operator domain; empty for the default ONNX domain
 */
public record OnnxNode(String opType, String name, List<String> inputs, List<String> outputs,
                       List<OnnxAttribute> attributes, String domain) {

    public OnnxNode {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        attributes = List.copyOf(attributes);
    }

    /** A node in the default ONNX domain. */
    public OnnxNode(String opType, String name, List<String> inputs, List<String> outputs,
                    List<OnnxAttribute> attributes) {
        this(opType, name, inputs, outputs, attributes, "");
    }
}
