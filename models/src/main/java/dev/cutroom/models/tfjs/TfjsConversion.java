package dev.cutroom.models.tfjs;

import dev.cutroom.models.convert.UnsupportedLayerException;
import dev.cutroom.models.onnx.OnnxAttribute;
import dev.cutroom.models.onnx.OnnxDataType;
import dev.cutroom.models.onnx.OnnxDim;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import dev.cutroom.models.onnx.OnnxValueInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** State of one TFJS-to-ONNX conversion: the graph being built and the ONNX value of each TF node. */
final class TfjsConversion {

    private final TfjsGraph tf;
    private final Map<String, TfjsNode> byName;
    private final OnnxGraphBuilder graph;
    private final Map<String, String> values = new HashMap<>();

    TfjsConversion(TfjsGraph tf, Map<String, TfjsNode> byName, OnnxGraphBuilder graph) {
        this.tf = tf;
        this.byName = byName;
        this.graph = graph;
    }

    String value(String input) {
        String base = TfjsToOnnxConverter.baseName(input);
        String v = values.get(base);
        if (v == null) {
            throw new IllegalStateException("no value for " + input);
        }
        return v;
    }

    boolean isConst(String input) {
        return byName.get(TfjsToOnnxConverter.baseName(input)).op().equals("Const");
    }

    TfjsWeight weight(String input) {
        TfjsWeight w = tf.weights().get(TfjsToOnnxConverter.baseName(input));
        if (w == null) {
            throw new UnsupportedLayerException("Const " + input + " has no weights in the manifest");
        }
        return w;
    }

    void convert(TfjsNode n) {
        String op = n.op();
        if (TfjsToOnnxConverter.BINARY.contains(op)) {
            emit(n, switch (op) {
                case "Add", "AddV2" -> "Add";
                case "RealDiv" -> "Div";
                case "Maximum" -> "Max";
                case "Minimum" -> "Min";
                default -> op;
            }, List.of(operand(n, 0), operand(n, 1)));
            return;
        }
        switch (op) {
            case "Const" -> { } // materialised where used, in the layout the user needs
            case "Placeholder" -> placeholder(n);
            case "Identity" -> values.put(n.name(), operand(n, 0));
            case "Conv2D" -> TfjsOps.conv2d(this, n);
            case "DepthwiseConv2dNative" -> TfjsOps.depthwise(this, n);
            case "Conv2DBackpropInput" -> TfjsOps.convTranspose(this, n);
            case "AddN" -> emit(n, "Sum", n.inputs().stream().map(i -> operand(n, n.inputs().indexOf(i))).toList());
            case "Relu" -> emit(n, "Relu", List.of(operand(n, 0)));
            case "Sigmoid" -> emit(n, "Sigmoid", List.of(operand(n, 0)));
            case "Tanh" -> emit(n, "Tanh", List.of(operand(n, 0)));
            case "Relu6" -> emit(n, "Clip", List.of(operand(n, 0), graph.addFloats(n.name() + "/min", new long[0], 0f),
                    graph.addFloats(n.name() + "/max", new long[0], 6f)));
            case "AvgPool", "MaxPool" -> TfjsOps.pool(this, n);
            case "ResizeBilinear" -> TfjsOps.resizeBilinear(this, n);
            default -> throw new UnsupportedLayerException("TF op " + op);
        }
    }

    /** An activation input, or a constant reshaped to broadcast over NCHW like it did over NHWC. */
    String operand(TfjsNode n, int index) {
        String in = n.inputs().get(index);
        if (!isConst(in)) {
            return value(in);
        }
        TfjsWeight w = weight(in);
        float[] f = w.asFloats();
        int[] s = w.shape();
        return switch (s.length) {
            case 0 -> graph.addFloats(TfjsToOnnxConverter.baseName(in), new long[0], f);
            case 1 -> graph.addFloats(TfjsToOnnxConverter.baseName(in), s[0] == 1 ? new long[] {1} : new long[] {s[0], 1, 1}, f);
            case 4 -> graph.addFloats(TfjsToOnnxConverter.baseName(in), new long[] {s[0], s[3], s[1], s[2]}, TfjsOps.nhwcToNchw(f, s));
            default -> throw new UnsupportedLayerException(n.name() + ": constant of rank " + s.length);
        };
    }

    void emit(TfjsNode n, String opType, List<String> inputs, OnnxAttribute... attrs) {
        String out = graph.freshName(n.name());
        graph.node(opType, n.name(), inputs, List.of(out), attrs);
        values.put(n.name(), out);
    }

    private void placeholder(TfjsNode n) {
        List<OnnxDim> dims = new ArrayList<>();
        List<Long> nhwc = new ArrayList<>();
        n.attr().path("shape").path("shape").path("dim").forEach(d -> nhwc.add(Long.parseLong(d.path("size").asText("-1"))));
        if (nhwc.size() != 4) {
            throw new UnsupportedLayerException(n.name() + ": only 4-D NHWC inputs are supported");
        }
        long[] order = {nhwc.get(0), nhwc.get(3), nhwc.get(1), nhwc.get(2)};
        String[] names = {"batch", "channels", "height", "width"};
        for (int i = 0; i < 4; i++) {
            dims.add(i == 0 || order[i] < 0 ? OnnxDim.of(names[i]) : OnnxDim.of(order[i]));
        }
        graph.addInput(new OnnxValueInfo(n.name(), OnnxDataType.FLOAT, dims));
        values.put(n.name(), n.name());
    }

    OnnxGraphBuilder graph() {
        return graph;
    }
}
