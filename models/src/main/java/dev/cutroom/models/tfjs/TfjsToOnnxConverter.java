package dev.cutroom.models.tfjs;

import dev.cutroom.models.convert.UnsupportedLayerException;
import dev.cutroom.models.onnx.OnnxDataType;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.onnx.OnnxValueInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Converts a TFJS graph model of a convolutional image network to ONNX (opset 17), switching the
 * layout from TensorFlow's NHWC to ONNX's NCHW once at the edges: the declared input and output are
 * NCHW, every activation inside is NCHW, and constants are permuted as they are used (filters
 * {@code [kh, kw, in, out]} to {@code [out, in, kh, kw]}; per-channel vectors {@code [C]} to
 * {@code [C, 1, 1]}).
 *
 * <p>Ops: Placeholder, Const, Identity, Conv2D, DepthwiseConv2dNative, Conv2DBackpropInput, Add, AddV2,
 * Sub, Mul, RealDiv, Maximum, Minimum, AddN, Relu, Relu6, Sigmoid, Tanh, AvgPool, MaxPool,
 * ResizeBilinear. 4-D activations only.
 */
public final class TfjsToOnnxConverter {

    static final Set<String> BINARY = Set.of("Add", "AddV2", "Sub", "Mul", "RealDiv", "Maximum", "Minimum");
    private static final Set<String> SUPPORTED = new TreeSet<>(Set.of("Placeholder", "Const", "Identity", "Conv2D",
            "DepthwiseConv2dNative", "Conv2DBackpropInput", "AddN", "Relu", "Relu6", "Sigmoid", "Tanh", "AvgPool",
            "MaxPool", "ResizeBilinear"));

    static {
        SUPPORTED.addAll(BINARY);
    }

    /**
     * @param tf        the graph
     * @param graphName name of the ONNX graph
     * @param metadata  stored in the model
     * @return the ONNX model with NCHW input and output
     */
    public OnnxModel convert(TfjsGraph tf, String graphName, Map<String, String> metadata) {
        Map<String, TfjsNode> byName = new LinkedHashMap<>();
        tf.nodes().forEach(n -> byName.put(n.name(), n));
        var unknown = new TreeSet<String>();
        tf.nodes().stream().map(TfjsNode::op).filter(op -> !SUPPORTED.contains(op)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new UnsupportedLayerException("no ONNX mapping for TF ops " + unknown);
        }
        TfjsConversion c = new TfjsConversion(tf, byName, new OnnxGraphBuilder(graphName));
        for (TfjsNode n : topologicalOrder(tf, byName)) {
            c.convert(n);
        }
        for (String out : tf.outputs()) {
            TfjsNode n = byName.get(out);
            if (n == null) {
                throw new IllegalArgumentException("no output node " + out);
            }
            c.graph().addOutput(new OnnxValueInfo(c.value(out), OnnxDataType.FLOAT, null));
        }
        Map<String, String> meta = new HashMap<>(metadata);
        meta.put("cutroom.converted_from", "tfjs-graph-model (NHWC to NCHW)");
        return OnnxModel.of(c.graph().build(), "cutroom-tfjs2onnx", meta);
    }

    private static List<TfjsNode> topologicalOrder(TfjsGraph tf, Map<String, TfjsNode> byName) {
        List<TfjsNode> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (String out : tf.outputs()) {
            visit(out, byName, done, new HashSet<>(), order);
        }
        return order;
    }

    private static void visit(String name, Map<String, TfjsNode> byName, Set<String> done, Set<String> onPath,
                              List<TfjsNode> order) {
        String node = baseName(name);
        if (done.contains(node)) {
            return;
        }
        if (!onPath.add(node)) {
            throw new IllegalArgumentException("cycle at " + node);
        }
        TfjsNode n = byName.get(node);
        if (n == null) {
            throw new IllegalArgumentException("unknown node " + node);
        }
        for (String in : n.inputs()) {
            visit(in, byName, done, onPath, order);
        }
        onPath.remove(node);
        done.add(node);
        order.add(n);
    }

    static String baseName(String input) {
        int colon = input.lastIndexOf(':');
        return colon > 0 ? input.substring(0, colon) : input;
    }

}
