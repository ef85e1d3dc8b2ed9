package dev.cutroom.models.convert;

import dev.cutroom.models.onnx.OnnxDim;
import java.util.List;
import java.util.Map;

/**
 * Choices the ncnn file cannot tell the converter.
 *
 * @param graphName    name of the ONNX graph
 * @param inputShapes  declared NCHW shape per input blob; an input not listed gets
 *                     {@code [batch, C, height, width]} with C from the Input layer when it has one
 * @param outputShapes declared shape per output blob; unlisted outputs get no declared shape
 * @param metadata     key/value pairs stored in the model (source, licence, ...)
 */
public record ConversionOptions(String graphName, Map<String, List<OnnxDim>> inputShapes,
                                Map<String, List<OnnxDim>> outputShapes, Map<String, String> metadata) {

    public ConversionOptions {
        inputShapes = Map.copyOf(inputShapes);
        outputShapes = Map.copyOf(outputShapes);
        metadata = Map.copyOf(metadata);
    }

    /** Defaults everywhere. */
    public static ConversionOptions defaults(String graphName) {
        return new ConversionOptions(graphName, Map.of(), Map.of(), Map.of());
    }

    /** @return a copy with {@code blob}'s input shape declared */
    public ConversionOptions withInputShape(String blob, OnnxDim... dims) {
        var m = new java.util.HashMap<>(inputShapes);
        m.put(blob, List.of(dims));
        return new ConversionOptions(graphName, m, outputShapes, metadata);
    }

    /** @return a copy with {@code blob}'s output shape declared */
    public ConversionOptions withOutputShape(String blob, OnnxDim... dims) {
        var m = new java.util.HashMap<>(outputShapes);
        m.put(blob, List.of(dims));
        return new ConversionOptions(graphName, inputShapes, m, metadata);
    }

    /** @return a copy with more metadata */
    public ConversionOptions withMetadata(Map<String, String> more) {
        var m = new java.util.HashMap<>(metadata);
        m.putAll(more);
        return new ConversionOptions(graphName, inputShapes, outputShapes, m);
    }
}
