package dev.cutroom.models.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an {@link OnnxGraph} node by node, handing out unique value and node names.
 * Not thread-safe; one builder per conversion.
 */
public final class OnnxGraphBuilder {

    private final String graphName;
    private final List<OnnxNode> nodes = new ArrayList<>();
    private final List<OnnxTensor> initializers = new ArrayList<>();
    private final List<OnnxValueInfo> inputs = new ArrayList<>();
    private final List<OnnxValueInfo> outputs = new ArrayList<>();
    private final Set<String> usedNames = new HashSet<>();

    /** @param graphName the graph's name */
    public OnnxGraphBuilder(String graphName) {
        this.graphName = graphName;
    }

    /** @return a value or node name starting with {@code prefix} not used before in this graph */
    public String freshName(String prefix) {
        String name = prefix;
        for (int i = 1; !usedNames.add(name); i++) {
            name = prefix + "_" + i;
        }
        return name;
    }

    /** Declares a graph input. */
    public String addInput(OnnxValueInfo input) {
        reserve(input.name());
        inputs.add(input);
        return input.name();
    }

    /** Declares a graph output (the value must be produced by some node or be an input). */
    public void addOutput(OnnxValueInfo output) {
        outputs.add(output);
    }

    /** Adds a float constant named after {@code prefix}; returns its value name. */
    public String addFloats(String prefix, long[] dims, float... values) {
        return addInitializer(OnnxTensor.ofFloats(freshName(prefix), dims, values));
    }

    /** Adds an int64 constant named after {@code prefix}; returns its value name. */
    public String addLongs(String prefix, long[] dims, long... values) {
        return addInitializer(OnnxTensor.ofLongs(freshName(prefix), dims, values));
    }

    /** Adds a 1-D int64 constant; returns its value name. */
    public String addLongs(String prefix, long... values) {
        return addLongs(prefix, new long[] {values.length}, values);
    }

    /** Adds a constant whose name the caller already reserved with {@link #freshName}. */
    public String addInitializer(OnnxTensor tensor) {
        usedNames.add(tensor.name());
        initializers.add(tensor);
        return tensor.name();
    }

    /**
     * Adds a node with one output.
     *
     * @param opType     operator
     * @param nameHint   prefix for the node and output names
     * @param inputs     input value names
     * @param attributes attributes
     * @return the output value name
     */
    public String op(String opType, String nameHint, List<String> inputs, OnnxAttribute... attributes) {
        String out = freshName(nameHint);
        node(opType, nameHint, inputs, List.of(out), attributes);
        return out;
    }

    /** Adds a node with the given output names, which must be fresh. */
    public void node(String opType, String nameHint, List<String> inputs, List<String> outputNames,
                     OnnxAttribute... attributes) {
        outputNames.forEach(usedNames::add);
        nodes.add(new OnnxNode(opType, freshName(nameHint + "_node"), inputs, outputNames, Arrays.asList(attributes)));
    }

    /** @return whether {@code name} is already used */
    public boolean isUsed(String name) {
        return usedNames.contains(name);
    }

    /** Marks a name as taken (e.g. a value that will be produced under a fixed name). */
    public void reserve(String name) {
        if (!usedNames.add(name)) {
            throw new IllegalArgumentException("name already used: " + name);
        }
    }

    /** @return the graph built so far */
    public OnnxGraph build() {
        return new OnnxGraph(graphName, nodes, initializers, inputs, outputs);
    }
}
