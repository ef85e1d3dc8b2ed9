package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.onnx.OnnxAttribute;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * State of one ncnn-to-ONNX conversion: the graph being built and which ONNX value holds each ncnn
 * blob. Not thread-safe.
 */
public final class ConversionContext {

    private final OnnxGraphBuilder graph;
    private final Map<String, String> valueOfBlob = new HashMap<>();

    ConversionContext(OnnxGraphBuilder graph) {
        this.graph = graph;
    }

    /** @return the graph under construction, for intermediate nodes and constants */
    public OnnxGraphBuilder graph() {
        return graph;
    }

    /** @return the ONNX value holding the layer's {@code index}-th input blob */
    public String input(NcnnLayer layer, int index) {
        if (index >= layer.inputs().size()) {
            throw new UnsupportedLayerException(layer.type() + " " + layer.name() + " has no input " + index);
        }
        String blob = layer.inputs().get(index);
        String value = valueOfBlob.get(blob);
        if (value == null) {
            throw new IllegalStateException(layer.name() + " reads blob '" + blob + "' before any layer writes it");
        }
        return value;
    }

    /** @return the ONNX values of all the layer's inputs */
    public List<String> inputs(NcnnLayer layer) {
        return java.util.stream.IntStream.range(0, layer.inputs().size()).mapToObj(i -> input(layer, i)).toList();
    }

    /** Records that ONNX value {@code value} holds the layer's {@code index}-th output blob. */
    public void bind(NcnnLayer layer, int index, String value) {
        bindBlob(layer.outputs().get(index), value);
    }

    void bindBlob(String blob, String value) {
        if (valueOfBlob.putIfAbsent(blob, value) != null) {
            throw new IllegalStateException("blob '" + blob + "' written twice");
        }
    }

    /** @return the ONNX value bound to an ncnn blob, or {@code null} */
    String valueOf(String blob) {
        return valueOfBlob.get(blob);
    }

    /**
     * Emits the node that produces the layer's single output, naming the ONNX value after the ncnn
     * blob when that name is free (so graph outputs keep their ncnn names), and binds it.
     *
     * @return the output value name
     */
    public String emit(NcnnLayer layer, String opType, List<String> inputs, OnnxAttribute... attributes) {
        String blob = layer.outputs().get(0);
        String out = graph.freshName(blob);
        graph.node(opType, layer.name(), inputs, List.of(out), attributes);
        bind(layer, 0, out);
        return out;
    }
}
