package dev.cutroom.models.tfjs;

import java.util.List;
import java.util.Map;

/**
 * A TFJS graph model: nodes in file order plus its constant weights by name.
 *
 * @param nodes   graph nodes (not necessarily in topological order)
 * @param weights constants by node name
 * @param inputs  signature input node names
 * @param outputs signature output node names
 */
public record TfjsGraph(List<TfjsNode> nodes, Map<String, TfjsWeight> weights, List<String> inputs,
                        List<String> outputs) {

    public TfjsGraph {
        nodes = List.copyOf(nodes);
        weights = Map.copyOf(weights);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }
}
