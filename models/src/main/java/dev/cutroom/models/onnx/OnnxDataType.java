package dev.cutroom.models.onnx;

/** ONNX {@code TensorProto.DataType} values that Cutroom writes. */
public enum OnnxDataType {
    FLOAT(1, 4),
    UINT8(2, 1),
    INT8(3, 1),
    INT32(6, 4),
    INT64(7, 8),
    BOOL(9, 1),
    FLOAT16(10, 2);

    private final int code;
    private final int bytes;

    OnnxDataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** @return the enum number in onnx.proto */
    public int code() {
        return code;
    }

    /** @return bytes per element */
    public int byteSize() {
        return bytes;
    }
}
