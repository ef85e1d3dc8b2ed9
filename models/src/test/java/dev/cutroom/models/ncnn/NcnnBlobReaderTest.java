package dev.cutroom.models.ncnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NcnnBlobReaderTest {

    @Test
    void readsFp16WithTagAndPaddingThenRawFp32() {
        // 3 halves = 6 bytes, padded to 8; then a raw float. 0x3C00 = 1, 0xC000 = -2, 0x3555 ~ 1/3
        byte[] bin = new Bytes().int32(0x01306B47).int16(0x3C00).int16(0xC000).int16(0x3555).int16(0xFFFF)
                .float32(7.25f).bytes();
        NcnnBlobReader r = new NcnnBlobReader(bin);

        assertThat(r.readTagged(3)).containsExactly(1f, -2f, 0.33325195f);
        assertThat(r.readRaw(1)).as("padding skipped").containsExactly(7.25f);
        assertThat(r.remaining()).isZero();
    }

    @Test
    void readsFp32Tags() {
        byte[] bin = new Bytes().int32(0).float32(1.5f).float32(-3f)
                .int32(0x0002C056).float32(9f).bytes();
        NcnnBlobReader r = new NcnnBlobReader(bin);
        assertThat(r.readTagged(2)).containsExactly(1.5f, -3f);
        assertThat(r.readTagged(1)).containsExactly(9f);
    }

    @Test
    void readsLookupTableQuantisedWeights() {
        Bytes b = new Bytes().int32(0x00000001);
        for (int i = 0; i < 256; i++) {
            b.float32(i * 0.5f);
        }
        byte[] bin = b.int8(4).int8(0).int8(255).int8(0).bytes(); // 3 indices + 1 pad byte
        assertThat(new NcnnBlobReader(bin).readTagged(3)).containsExactly(2f, 0f, 127.5f);
    }

    @Test
    void failsClearlyOnTruncatedFilesAndInt8() {
        assertThatThrownBy(() -> new NcnnBlobReader(new Bytes().int32(0).float32(1).bytes()).readTagged(2))
                .isInstanceOf(NcnnFormatException.class).hasMessageContaining("ends early");
        assertThatThrownBy(() -> new NcnnBlobReader(new Bytes().int32(0x000D4B38).int32(0).bytes()).readTagged(4))
                .hasMessageContaining("int8");
    }

    @Test
    void modelReaderAssignsWeightsInLayerOrderAndRejectsLeftovers() {
        String param = """
                7767517
                3 3
                Input in 0 1 x
                Convolution c 1 1 x y 0=2 1=1 5=1 6=2
                PReLU p 1 1 y z 0=2
                """;
        byte[] bin = new Bytes().int32(0).float32(1).float32(2).float32(3).float32(4)
                .float32(0.1f).float32(0.2f).bytes();
        NcnnGraph g = NcnnModelReader.read(param, bin);
        Map<String, float[]> conv = g.layer("c").weights();
        assertThat(conv.get("weight")).containsExactly(1f, 2f);
        assertThat(conv.get("bias")).containsExactly(3f, 4f);
        assertThat(g.layer("p").weight("slope")).containsExactly(0.1f, 0.2f);

        byte[] longer = new Bytes().int32(0).float32(1).float32(2).float32(3).float32(4)
                .float32(0.1f).float32(0.2f).float32(0).bytes();
        assertThatThrownBy(() -> NcnnModelReader.read(param, longer)).hasMessageContaining("4 bytes left");
    }

    /** Little-endian byte builder for hand-made bin files. */
    static final class Bytes {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Bytes int32(int v) {
            out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array());
            return this;
        }

        Bytes int16(int v) {
            out.writeBytes(ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort((short) v).array());
            return this;
        }

        Bytes int8(int v) {
            out.write(v);
            return this;
        }

        Bytes float32(float v) {
            return int32(Float.floatToIntBits(v));
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
