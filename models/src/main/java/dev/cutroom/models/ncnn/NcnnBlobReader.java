package dev.cutroom.models.ncnn;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reads weight arrays from an ncnn {@code .bin} file, the way ncnn's {@code ModelBinFromDataReader}
 * does: sequentially, little-endian, in layer order.
 *
 * <p>A <em>tagged</em> array (convolution and inner-product weights) starts with a 4-byte tag:
 * {@code 0x01306B47} fp16 follows; {@code 0} or {@code 0x0002C056} fp32 follows; any other non-zero
 * tag means a 256-entry fp32 lookup table followed by one uint8 index per value. fp16 and uint8
 * payloads are padded to a multiple of 4 bytes. A <em>raw</em> array (biases, PReLU slopes) is plain
 * fp32 with no tag.
 */
public final class NcnnBlobReader {

    static final int TAG_FP16 = 0x01306B47;
    static final int TAG_INT8 = 0x000D4B38;
    static final int TAG_FP32_EXTRA = 0x0002C056;

    private final ByteBuffer buffer;

    /** @param bin the whole {@code .bin} file */
    public NcnnBlobReader(byte[] bin) {
        this.buffer = ByteBuffer.wrap(bin).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** @return bytes not yet read */
    public int remaining() {
        return buffer.remaining();
    }

    /** Reads {@code count} values stored with a precision tag. */
    public float[] readTagged(int count) {
        need(4, "tag");
        int tag = buffer.getInt(buffer.position());
        int tagByteSum = 0;
        for (int i = 0; i < 4; i++) {
            tagByteSum += buffer.get() & 0xFF;
        }
        if (tag == TAG_FP16) {
            return readFp16(count);
        }
        if (tag == TAG_INT8) {
            throw new NcnnFormatException("int8-quantised weights are not supported (tag 0x000D4B38)");
        }
        if (tag == TAG_FP32_EXTRA || tagByteSum == 0) {
            return readRaw(count);
        }
        return readLookupTable(count);
    }

    /** Reads {@code count} plain fp32 values. */
    public float[] readRaw(int count) {
        need(4L * count, count + " floats");
        float[] out = new float[count];
        buffer.asFloatBuffer().get(out);
        buffer.position(buffer.position() + 4 * count);
        return out;
    }

    private float[] readFp16(int count) {
        need(align4(2L * count), count + " fp16 values");
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = Float.float16ToFloat(buffer.getShort());
        }
        skipPadding(2L * count);
        return out;
    }

    private float[] readLookupTable(int count) {
        float[] table = readRaw(256);
        need(align4(count), count + " table indices");
        float[] out = new float[count];
        for (int i = 0; i < count; i++) {
            out[i] = table[buffer.get() & 0xFF];
        }
        skipPadding(count);
        return out;
    }

    private void skipPadding(long payloadBytes) {
        buffer.position(buffer.position() + (int) (align4(payloadBytes) - payloadBytes));
    }

    private static long align4(long n) {
        return (n + 3) & ~3L;
    }

    private void need(long bytes, String what) {
        if (bytes > buffer.remaining()) {
            throw new NcnnFormatException("bin file ends early: need " + bytes + " bytes for " + what
                    + " at offset " + buffer.position() + ", " + buffer.remaining() + " left");
        }
    }
}
