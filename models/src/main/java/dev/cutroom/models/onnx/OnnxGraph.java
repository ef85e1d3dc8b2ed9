package dev.cutroom.models.onnx;

import java.util.List;

/**
 * An ONNX graph: nodes in topological order, constant initializers and declared inputs/outputs.
 *
 * @param name         graph name
 * @param nodes        nodes, producers first
 * @param initializers constant tensors (weights)
 * @param inputs       run-time inputs (initializers are not listed here)
 * @param outputs      graph results
 */
public record OnnxGraph(String name, List<OnnxNode> nodes, List<OnnxTensor> initializers,
                        List<OnnxValueInfo> inputs, List<OnnxValueInfo> outputs) {

    public OnnxGraph {
        nodes = List.copyOf(nodes);
        initializers = List.copyOf(initializers);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
