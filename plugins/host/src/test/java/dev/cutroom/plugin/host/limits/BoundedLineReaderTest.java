package dev.cutroom.plugin.host.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundedLineReaderTest {
    private static BoundedLineReader reader(String text, int max) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
    }

    @Test
    void splitsLinesDropsCarriageReturnsAndKeepsALastLineWithoutNewline() throws IOException {
        BoundedLineReader r = reader("one\r\ntwo\n\nthree", 100);
        assertThat(r.next().text()).isEqualTo("one");
        assertThat(r.next().text()).isEqualTo("two");
        assertThat(r.next().text()).isEmpty();
        assertThat(r.next()).isEqualTo(new BoundedLineReader.Line("three", 5, false));
        assertThat(r.next()).isNull();
    }

    @Test
    void aLineOverTheLimitIsCutButCountedInFullAndTheNextLineIsIntact() throws IOException {
        // 50 MB of one line, generated on the fly: the reader must not hold it
        long huge = 50L << 20;
        InputStream stream = new InputStream() {
            long sent;

            @Override
            public int read() {
                if (sent < huge) { sent++; return 'x'; }
                if (sent == huge) { sent++; return '\n'; }
                if (sent == huge + 1) { sent++; return 'y'; }
                return -1;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (sent >= huge) return super.read(b, off, len);
                int n = (int) Math.min(len, huge - sent);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                sent += n;
                return n;
            }
        };
        BoundedLineReader r = new BoundedLineReader(stream, 16);
        BoundedLineReader.Line line = r.next();
        assertThat(line.cut()).isTrue();
        assertThat(line.text()).hasSize(16);
        assertThat(line.length()).isEqualTo(huge);
        assertThat(r.next().text()).isEqualTo("y");
    }

    @Test
    void aTighterLimitForOneLine() throws IOException {
        BoundedLineReader r = reader("secret-that-is-long\nshort\n", 1000);
        assertThat(r.next(6).cut()).isTrue();
        assertThat(r.next(6)).isEqualTo(new BoundedLineReader.Line("short", 5, false));
    }

    @Test
    void boundedTextRefusesMoreThanItsLimitNamingTheText() {
        assertThatThrownBy(() -> BoundedText.read(new ByteArrayInputStream(new byte[2048]), 1024, "plugin.json"))
                .isInstanceOf(BoundedText.TooLargeException.class).hasMessage("plugin.json is larger than 1 KiB; not read");
    }
}
