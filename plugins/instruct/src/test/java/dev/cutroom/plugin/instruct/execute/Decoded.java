package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.RgbFrame;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.plugin.host.media.Times;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a take back through the host's decoder for pixel and sample checks. */
final class Decoded {
    private Decoded() {}

    static ClipRef whole(Path file) {
        var info = MediaProbe.probe(file);
        var v = info.video();
        var a = info.audio();
        return new ClipRef("check", "t", file, new TimeSpan(ExactTime.ZERO, Times.exact(info.duration())), ExactTime.ZERO,
                v == null ? null : Times.fps(v.frameRate()), v == null ? 0 : v.width(), v == null ? 0 : v.height(),
                a == null ? 0 : a.sampleRate(), a == null ? 0 : a.channels());
    }

    static List<RgbImage> frames(Path file) throws Exception {
        List<RgbImage> out = new ArrayList<>();
        try (var r = new EngineMediaAccess().readVideo(whole(file), 0, 0)) {
            for (RgbFrame f = r.next(); f != null; f = r.next()) out.add(new RgbImage(f.width(), f.height(), 3, f.rgb().clone()));
        }
        return out;
    }

    static float[] samples(Path file) throws Exception {
        ClipRef c = whole(file);
        try (var r = new EngineMediaAccess().readAudio(c, c.sampleRate(), 1)) {
            float[] all = new float[(int) r.totalFrames()];
            int done = 0;
            float[] buf = new float[4096];
            for (int n = r.read(buf, 4096); n > 0 && done < all.length; n = r.read(buf, 4096)) {
                int k = Math.min(n, all.length - done);
                System.arraycopy(buf, 0, all, done, k);
                done += k;
            }
            return all;
        }
    }

    static double rms(float[] s, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) sum += s[i] * s[i];
        return Math.sqrt(sum / Math.max(1, to - from));
    }

    /** Mean of channel c over a rectangle. */
    static double mean(RgbImage f, int c, int x0, int y0, int x1, int y1) {
        double s = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) s += f.at(x, y, c);
        return s / ((x1 - x0) * (y1 - y0));
    }

    /** Largest |R-G|, |G-B| anywhere (0 for a grey picture). */
    static int maxChroma(RgbImage f) {
        int m = 0;
        for (int y = 0; y < f.height(); y++) {
            for (int x = 0; x < f.width(); x++) {
                m = Math.max(m, Math.max(Math.abs(f.at(x, y, 0) - f.at(x, y, 1)), Math.abs(f.at(x, y, 1) - f.at(x, y, 2))));
            }
        }
        return m;
    }
}
