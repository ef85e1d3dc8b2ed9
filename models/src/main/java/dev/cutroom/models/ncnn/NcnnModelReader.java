package dev.cutroom.models.ncnn;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads an ncnn model (text {@code .param} plus {@code .bin}) into an {@link NcnnGraph} with weights. */
public final class NcnnModelReader {

    private NcnnModelReader() {
    }

    /** Reads {@code param} and {@code bin} files from disk. */
    public static NcnnGraph read(Path param, Path bin) throws IOException {
        return read(Files.readString(param, StandardCharsets.UTF_8), Files.readAllBytes(bin));
    }

    /**
     * @param paramText the {@code .param} text
     * @param bin       the {@code .bin} bytes
     * @return the graph with each layer's weights decoded to fp32
     * @throws NcnnFormatException when the bin file is shorter or longer than the layers need
     */
    public static NcnnGraph read(String paramText, byte[] bin) {
        NcnnGraph structure = NcnnParamParser.parse(paramText);
        NcnnBlobReader reader = new NcnnBlobReader(bin);
        List<NcnnLayer> layers = new ArrayList<>(structure.layers().size());
        for (NcnnLayer layer : structure.layers()) {
            Map<String, float[]> weights = new LinkedHashMap<>();
            for (NcnnWeightLayout.Entry e : NcnnWeightLayout.of(layer.type(), layer.params())) {
                weights.put(e.role(), e.storage() == NcnnWeightLayout.Storage.TAGGED
                        ? reader.readTagged(e.count()) : reader.readRaw(e.count()));
            }
            layers.add(layer.withWeights(weights));
        }
        if (reader.remaining() != 0) {
            // Leftover bytes mean a layer's layout was misread: every later weight would be shifted.
            throw new NcnnFormatException(reader.remaining() + " bytes left in the bin file after the last layer");
        }
        return new NcnnGraph(layers, structure.blobCount());
    }
}
