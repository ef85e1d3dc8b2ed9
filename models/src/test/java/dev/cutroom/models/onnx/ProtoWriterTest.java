package dev.cutroom.models.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Expected bytes worked out by hand from the protobuf encoding spec. */
class ProtoWriterTest {

    private static String hex(ProtoWriter w) {
        return HexFormat.of().formatHex(w.toByteArray());
    }

    @Test
    void encodesVarints() {
        assertThat(hex(new ProtoWriter().varintField(1, 150))).isEqualTo("089601");
        assertThat(hex(new ProtoWriter().varintField(1, 300))).isEqualTo("08ac02");
        assertThat(hex(new ProtoWriter().varintField(2, 0))).isEqualTo("1000");
        // negative int64: two's complement, always 10 bytes
        assertThat(hex(new ProtoWriter().varintField(1, -1))).isEqualTo("08ffffffffffffffffff01");
    }

    @Test
    void encodesHighFieldNumbersAndFloats() {
        // field 20, varint: (20 << 3) | 0 = 160 = a0 01
        assertThat(hex(new ProtoWriter().varintField(20, 7))).isEqualTo("a00107");
        // field 2, fixed32 -> tag 0x15; 1.0f = 0x3f800000 little-endian
        assertThat(hex(new ProtoWriter().floatField(2, 1f))).isEqualTo("150000803f");
    }

    @Test
    void encodesStringsAndNestedMessages() {
        assertThat(hex(new ProtoWriter().stringField(2, "testing"))).isEqualTo("120774657374696e67");
        // message field 3 holding {field 1 = 150}
        assertThat(hex(new ProtoWriter().messageField(3, m -> m.varintField(1, 150)))).isEqualTo("1a03089601");
        assertThat(hex(new ProtoWriter().messageField(3, m -> { }))).isEqualTo("1a00");
    }
}
