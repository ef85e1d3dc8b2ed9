package dev.cutroom.models.ncnn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An ncnn network as a list of layers in file order (which ncnn guarantees is a topological order).
 *
 * @param layers    the layers, producers before consumers
 * @param blobCount the blob count the {@code .param} header declared
 */
public record NcnnGraph(List<NcnnLayer> layers, int blobCount) {

    public NcnnGraph {
        layers = List.copyOf(layers);
    }

    /** @return the blobs written by {@code Input} layers, in order */
    public List<String> inputBlobs() {
        List<String> names = new ArrayList<>();
        for (NcnnLayer l : layers) {
            if (l.type().equals("Input")) {
                names.addAll(l.outputs());
            }
        }
        return names;
    }

    /** @return the blobs that some layer writes and no layer reads: the network's results */
    public List<String> outputBlobs() {
        Set<String> consumed = new HashSet<>();
        layers.forEach(l -> consumed.addAll(l.inputs()));
        Set<String> out = new LinkedHashSet<>();
        for (NcnnLayer l : layers) {
            for (String o : l.outputs()) {
                if (!consumed.contains(o)) {
                    out.add(o);
                }
            }
        }
        return List.copyOf(out);
    }

    /** @return the layer called {@code name} */
    public NcnnLayer layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no layer " + name));
    }
}
