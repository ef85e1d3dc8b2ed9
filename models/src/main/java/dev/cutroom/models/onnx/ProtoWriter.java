package dev.cutroom.models.onnx;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A minimal protocol-buffers wire-format encoder: just what ONNX's messages need (varints,
 * 32-bit floats, length-delimited bytes, strings and nested messages).
 *
 * <p>Fields are written in the order the caller writes them; protobuf parsers accept any order.
 */
public final class ProtoWriter {

    static final int WIRE_VARINT = 0;
    static final int WIRE_LENGTH_DELIMITED = 2;
    static final int WIRE_FIXED32 = 5;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** @return the bytes written so far */
    public byte[] toByteArray() {
        return out.toByteArray();
    }

    /** Writes an int32/int64/enum/bool field. Negative values take 10 bytes, as protobuf requires. */
    public ProtoWriter varintField(int field, long value) {
        tag(field, WIRE_VARINT);
        varint(value);
        return this;
    }

    /** Writes a {@code float} field (fixed 32-bit, little-endian). */
    public ProtoWriter floatField(int field, float value) {
        tag(field, WIRE_FIXED32);
        int bits = Float.floatToRawIntBits(value);
        for (int i = 0; i < 4; i++) {
            out.write((bits >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    /** Writes a {@code bytes} field. */
    public ProtoWriter bytesField(int field, byte[] value) {
        tag(field, WIRE_LENGTH_DELIMITED);
        varint(value.length);
        out.writeBytes(value);
        return this;
    }

    /** Writes a {@code string} field as UTF-8. */
    public ProtoWriter stringField(int field, String value) {
        return bytesField(field, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a nested message field whose body {@code body} writes. */
    public ProtoWriter messageField(int field, Consumer<ProtoWriter> body) {
        ProtoWriter nested = new ProtoWriter();
        body.accept(nested);
        return bytesField(field, nested.toByteArray());
    }

    private void tag(int field, int wireType) {
        if (field <= 0) {
            throw new IllegalArgumentException("field numbers start at 1: " + field);
        }
        varint(((long) field << 3) | wireType);
    }

    private void varint(long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
