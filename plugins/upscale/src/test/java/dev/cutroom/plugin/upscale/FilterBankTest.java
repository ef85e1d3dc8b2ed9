package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The shipped camera filters: their hashes, their file format, and what they do to flat and shifted pictures. */
class FilterBankTest {

    @Test
    void theShippedFilesMatchTheirDescriptorAndTheHashesTheLoaderChecks() throws IOException {
        String json;
        try (InputStream in = FilterBank.class.getResourceAsStream("filters/camera-filters.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (int s = 2; s <= 4; s++) {
            byte[] bytes;
            try (InputStream in = FilterBank.class.getResourceAsStream(FilterBank.resourceName(s))) {
                bytes = in.readAllBytes();
            }
            String sha = FilterBank.sha256(bytes);
            assertThat(sha).isEqualTo(FilterBank.SHIPPED_SHA256.get(s));
            Matcher m = Pattern.compile("\"path\": \"camera-x" + s + "\\.bin\",\\s*\"sha256\": \"([0-9a-f]{64})\",\\s*\"size\": (\\d+)").matcher(json);
            assertThat(m.find()).as("camera-x%d in the descriptor", s).isTrue();
            assertThat(m.group(1)).isEqualTo(sha);
            assertThat(Long.parseLong(m.group(2))).isEqualTo(bytes.length);
            FilterBank bank = FilterBank.shipped(s);
            assertThat(bank.scale()).isEqualTo(s);
            assertThat(bank.taps()).isEqualTo(49);
        }
    }

    @Test
    void aBankSurvivesWritingAndReadingAndOtherFilesAreRefused() throws IOException {
        FilterBank bank = FilterBank.shipped(2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        bank.write(out);
        FilterBank back = FilterBank.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(back.scale()).isEqualTo(2);
        assertThat(Arrays.equals(back.weights(), bank.weights())).isTrue();
        assertThatThrownBy(() -> FilterBank.read(new ByteArrayInputStream("PNG not a bank".getBytes(StandardCharsets.US_ASCII))))
                .hasMessage("not a Cutroom filter bank");
    }

    @Test
    void aFlatPictureStaysFlatAndAnEdgeStaysWhereItWas() {
        for (int s = 2; s <= 4; s++) {
            int w = 24, h = 16;
            float[] flat = new float[3 * w * h];
            Arrays.fill(flat, 0.4f);
            float[] up = FilterBankUpscaler.upscale(flat, w, h, FilterBank.shipped(s));
            assertThat(up).hasSize(3 * w * h * s * s);
            for (float v : up) assertThat(v).isCloseTo(0.4f, org.assertj.core.data.Offset.offset(0.01f));
            // a vertical edge between columns 11 and 12: the output crosses half-way between its columns 12s-1 and 12s
            float[] edge = new float[3 * w * h];
            for (int c = 0; c < 3; c++) for (int y = 0; y < h; y++) for (int x = 12; x < w; x++) edge[c * w * h + y * w + x] = 0.8f;
            float[] e = FilterBankUpscaler.upscale(edge, w, h, FilterBank.shipped(s));
            int row = (h / 2) * s * w * s;
            assertThat(e[row + 12 * s - 1 - s]).as("x%d left of the edge", s).isLessThan(0.4f);
            assertThat(e[row + 12 * s + s]).as("x%d right of the edge", s).isGreaterThan(0.4f);
        }
    }
}
