package dev.cutroom.models.onnx;

import java.util.List;

/**
 * A node attribute. Build one with the static factories, which fix its ONNX type.
 *
 * @param name  attribute name, e.g. {@code kernel_shape}
 * @param type  ONNX {@code AttributeProto.AttributeType}
 * @param value a {@code Long}, {@code Float}, {@code String}, {@code long[]}, {@code float[]} or
 *              {@link OnnxTensor}, matching {@code type}
 */
public record OnnxAttribute(String name, Type type, Object value) {

    /** {@code AttributeProto.AttributeType} numbers used here. */
    public enum Type {
        FLOAT(1), INT(2), STRING(3), TENSOR(4), FLOATS(6), INTS(7);

        private final int code;

        Type(int code) {
            this.code = code;
        }

        /** @return the enum number in onnx.proto */
        public int code() {
            return code;
        }
    }

    public OnnxAttribute {
        boolean ok = switch (type) {
            case FLOAT -> value instanceof Float;
            case INT -> value instanceof Long;
            case STRING -> value instanceof String;
            case TENSOR -> value instanceof OnnxTensor;
            case FLOATS -> value instanceof float[];
            case INTS -> value instanceof long[];
        };
        if (!ok) {
            throw new IllegalArgumentException("attribute " + name + ": " + type + " cannot hold " + value);
        }
    }

    public static OnnxAttribute of(String name, long value) {
        return new OnnxAttribute(name, Type.INT, value);
    }

    public static OnnxAttribute of(String name, float value) {
        return new OnnxAttribute(name, Type.FLOAT, value);
    }

    public static OnnxAttribute of(String name, String value) {
        return new OnnxAttribute(name, Type.STRING, value);
    }

    public static OnnxAttribute of(String name, OnnxTensor value) {
        return new OnnxAttribute(name, Type.TENSOR, value);
    }

    public static OnnxAttribute ints(String name, long... values) {
        return new OnnxAttribute(name, Type.INTS, values.clone());
    }

    public static OnnxAttribute ints(String name, List<Long> values) {
        return ints(name, values.stream().mapToLong(Long::longValue).toArray());
    }

    public static OnnxAttribute floats(String name, float... values) {
        return new OnnxAttribute(name, Type.FLOATS, values.clone());
    }
}
