package dev.cutroom.models.onnx;

import java.util.List;

/**
 * A declared graph input or output: name, element type and shape.
 *
 * @param name        value name
 * @param elementType element type
 * @param shape       dimensions, or {@code null} when even the rank is unknown
 */
public record OnnxValueInfo(String name, OnnxDataType elementType, List<OnnxDim> shape) {

    public OnnxValueInfo {
        shape = shape == null ? null : List.copyOf(shape);
    }

    /** A float tensor of the given shape. */
    public static OnnxValueInfo floatTensor(String name, OnnxDim... dims) {
        return new OnnxValueInfo(name, OnnxDataType.FLOAT, List.of(dims));
    }
}
