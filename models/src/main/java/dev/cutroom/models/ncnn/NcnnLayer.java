package dev.cutroom.models.ncnn;

import java.util.List;
import java.util.Map;

/**
 * One layer of an ncnn graph: its type, its input and output blob names, its parameters and the
 * weights it loaded from the {@code .bin} file (in fp32, whatever their stored precision).
 *
 * @param type    ncnn layer type, e.g. {@code Convolution}
 * @param name    layer name, unique in the graph
 * @param inputs  names of the blobs it reads
 * @param outputs names of the blobs it writes
 * @param params  its typed parameters
 * @param weights its weight arrays by role (e.g. {@code weight}, {@code bias}), in file order
 */
public record NcnnLayer(
        String type,
        String name,
        List<String> inputs,
        List<String> outputs,
        NcnnParams params,
        Map<String, float[]> weights) {

    public NcnnLayer {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        weights = Map.copyOf(weights);
    }

    /** @return the weight array for {@code role}; fails when the layer did not load one */
    public float[] weight(String role) {
        float[] w = weights.get(role);
        if (w == null) {
            throw new NcnnFormatException(type + " " + name + " has no '" + role + "' weights");
        }
        return w;
    }

    /** @return this layer with its weights replaced */
    public NcnnLayer withWeights(Map<String, float[]> newWeights) {
        return new NcnnLayer(type, name, inputs, outputs, params, newWeights);
    }
}
