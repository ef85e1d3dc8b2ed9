package dev.cutroom.models.onnx;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A constant tensor (an initializer or a tensor attribute), stored as little-endian
 * {@code raw_data} as ONNX requires.
 *
 * @param name    value name in the graph
 * @param type    element type
 * @param dims    shape; empty for a scalar
 * @param rawData elements, little-endian, row-major
 */
public record OnnxTensor(String name, OnnxDataType type, long[] dims, byte[] rawData) {

    public OnnxTensor {
        dims = dims.clone();
        long count = Arrays.stream(dims).reduce(1, Math::multiplyExact);
        if (count * type.byteSize() != rawData.length) {
            throw new IllegalArgumentException("tensor " + name + ": shape " + Arrays.toString(dims)
                    + " needs " + count * type.byteSize() + " bytes of " + type + ", got " + rawData.length);
        }
    }

    /** A float tensor. */
    public static OnnxTensor ofFloats(String name, long[] dims, float... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        b.asFloatBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.FLOAT, dims, b.array());
    }

    /** An int64 tensor. */
    public static OnnxTensor ofLongs(String name, long[] dims, long... values) {
        ByteBuffer b = ByteBuffer.allocate(values.length * 8).order(ByteOrder.LITTLE_ENDIAN);
        b.asLongBuffer().put(values);
        return new OnnxTensor(name, OnnxDataType.INT64, dims, b.array());
    }

    /** @return the element count */
    public long elementCount() {
        return Arrays.stream(dims).reduce(1, Math::multiplyExact);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnnxTensor t && name.equals(t.name) && type == t.type
                && Arrays.equals(dims, t.dims) && Arrays.equals(rawData, t.rawData);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + Arrays.hashCode(dims);
    }

    @Override
    public String toString() {
        return "OnnxTensor[" + name + " " + type + Arrays.toString(dims) + "]";
    }
}
