package dev.cutroom.plugin.instruct.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MiniLmEncoderTest {

    @Test
    void similarInstructionsAreCloserThanUnrelatedOnes() {
        SentenceEncoder e = SharedEncoder.get().orElseThrow(() -> new AssertionError(SharedEncoder.failure().orElse("")));
        float[] bw = e.encode("make it black and white");
        float[] grey = e.encode("remove the colour, make it monochrome");
        float[] music = e.encode("turn the music up");
        assertThat(bw).hasSize(384);
        assertThat(SentenceEncoder.cosine(bw, bw)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(SentenceEncoder.cosine(bw, grey)).isGreaterThan(SentenceEncoder.cosine(bw, music) + 0.1);
    }

    @Test
    void theHolderLoadsOnce() {
        assertThat(SharedEncoder.get()).isPresent();
        assertThat(SharedEncoder.get().get()).isSameAs(SharedEncoder.get().get());
        assertThat(SharedEncoder.get().get().info().sha256()).startsWith("afdb6f1a");
    }
}
