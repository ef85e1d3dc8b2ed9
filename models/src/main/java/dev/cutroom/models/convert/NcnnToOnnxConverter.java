package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnGraph;
import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.onnx.OnnxDataType;
import dev.cutroom.models.onnx.OnnxDim;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.onnx.OnnxValueInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Converts an {@link NcnnGraph} to an ONNX model (opset 17) layer by layer through a table of
 * {@link LayerConverter}s. Stateless; safe to share.
 */
public final class NcnnToOnnxConverter {

    private final Map<String, LayerConverter> converters;

    /** A converter with {@link LayerConverters#defaults()}. */
    public NcnnToOnnxConverter() {
        this(LayerConverters.defaults());
    }

    /** @param converters the layer-type table to use */
    public NcnnToOnnxConverter(Map<String, LayerConverter> converters) {
        this.converters = Map.copyOf(converters);
    }

    /** @return the layer types this converter handles, Input included */
    public java.util.Set<String> supportedTypes() {
        var s = new TreeSet<>(converters.keySet());
        s.add("Input");
        return s;
    }

    /**
     * @throws UnsupportedLayerException listing every layer type without a converter, before
     *     converting anything, or naming the first layer whose parameters have no mapping
     */
    public OnnxModel convert(NcnnGraph ncnn, ConversionOptions options) {
        rejectUnknownTypes(ncnn);
        OnnxGraphBuilder graph = new OnnxGraphBuilder(options.graphName());
        ConversionContext ctx = new ConversionContext(graph);
        for (NcnnLayer layer : ncnn.layers()) {
            if (layer.type().equals("Input")) {
                declareInput(layer, graph, ctx, options);
            } else {
                converters.get(layer.type()).convert(layer, ctx);
            }
        }
        for (String blob : ncnn.outputBlobs()) {
            String value = ctx.valueOf(blob);
            if (!value.equals(blob)) {
                // An output that aliases another value (e.g. a Split branch): give it its own name.
                if (graph.isUsed(blob)) {
                    throw new IllegalStateException("output blob name '" + blob + "' clashes with another value");
                }
                graph.node("Identity", blob, List.of(value), List.of(blob));
            }
            graph.addOutput(new OnnxValueInfo(blob, OnnxDataType.FLOAT, options.outputShapes().get(blob)));
        }
        Map<String, String> metadata = new HashMap<>(options.metadata());
        metadata.put("cutroom.converted_from", "ncnn");
        return OnnxModel.of(graph.build(), "cutroom-ncnn2onnx", metadata);
    }

    private void rejectUnknownTypes(NcnnGraph ncnn) {
        var unknown = new TreeSet<String>();
        ncnn.layers().stream().map(NcnnLayer::type)
                .filter(t -> !t.equals("Input") && !converters.containsKey(t)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            throw new UnsupportedLayerException("no ONNX mapping for ncnn layer types " + unknown);
        }
    }

    private static void declareInput(NcnnLayer layer, OnnxGraphBuilder graph, ConversionContext ctx,
                                     ConversionOptions options) {
        String blob = layer.outputs().get(0);
        List<OnnxDim> shape = options.inputShapes().get(blob);
        if (shape == null) {
            int c = layer.params().getInt(2, 0);
            shape = List.of(OnnxDim.of("batch"), c > 0 ? OnnxDim.of(c) : OnnxDim.of(blob + "_channels"),
                    OnnxDim.of(blob + "_height"), OnnxDim.of(blob + "_width"));
        }
        graph.addInput(new OnnxValueInfo(blob, OnnxDataType.FLOAT, shape));
        ctx.bind(layer, 0, blob);
    }
}
