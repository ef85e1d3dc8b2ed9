package dev.cutroom.assets;

import dev.cutroom.engine.decode.PixelFormat;
import dev.cutroom.engine.decode.VideoFrame;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Rational;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Synthesises the demo media: real H.264/AAC files drawn with Java2D and encoded through the media
 * engine, so the project needs no downloaded footage. The set covers what the editor and its plugins
 * must handle: hard cuts inside a file, motion (a pan, a bouncing ball, a walking person-like figure
 * for segmentation), tones and a synthesised music bed, and three different frame rates
 * (25, 30000/1001 and 24 fps). Everything is 640x360 and a few seconds long.
 */
public final class DemoMedia {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 360;
    public static final int SAMPLE_RATE = 48000;

    /** A generated file and what it shows. */
    public record DemoFile(Path file, String description) {}

    /** One shot: a scene painted for a duration. */
    private record Shot(DemoScenes.Scene scene, double seconds) {}

    private DemoMedia() {}

    /**
     * Writes the demo files into {@code dir} (created if needed; existing files of the same names are
     * replaced) and returns them in a stable order.
     */
    public static List<DemoFile> generate(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        Path city = video(dir.resolve("city-and-meadow_25fps.mp4"), FrameRate.FPS_25,
                List.of(new Shot(DemoScenes::skylinePan, 2), new Shot(DemoScenes::meadowBall, 2)),
                DemoSynth.musicBed(SAMPLE_RATE, 4, 1));
        Path presenter = video(dir.resolve("presenter-walk_29.97fps.mp4"), FrameRate.FPS_29_97,
                List.of(new Shot(DemoScenes::presenterWalk, 4)),
                DemoSynth.tones(SAMPLE_RATE, 0.5, 0.4, 330, 392, 440, 392, 330, 294, 262, 294));
        Path cards = video(dir.resolve("title-cards_24fps.mp4"), FrameRate.FPS_24,
                List.of(new Shot(DemoScenes.card(new Color(180, 30, 40), Color.WHITE), 1),
                        new Shot(DemoScenes.card(new Color(30, 140, 60), new Color(250, 220, 60)), 1),
                        new Shot(DemoScenes.card(new Color(30, 60, 170), new Color(240, 120, 40)), 1)),
                DemoSynth.tones(SAMPLE_RATE, 1, 0.5, 523.25, 659.25, 783.99));
        Path bed = audio(dir.resolve("music-bed.m4a"), DemoSynth.musicBed(SAMPLE_RATE, 8, 1));
        return List.of(
                new DemoFile(city, "25 fps, 4 s: skyline pan, hard cut at 2 s to a meadow with a bouncing ball; music bed"),
                new DemoFile(presenter, "30000/1001 fps, 4 s: a person-like figure (head, torso, limbs) walking across a tiled wall; tone melody"),
                new DemoFile(cards, "24 fps, 3 s: three coloured title cards with hard cuts at 1 s and 2 s, turning squares; a tone per card"),
                new DemoFile(bed, "audio only, 8 s: synthesised chords, bass and arpeggio (C, Am, F, G)"));
    }

    private static Path video(Path file, FrameRate rate, List<Shot> shots, float[] stereo) {
        var videoSettings = MediaWriter.VideoSettings.of(WIDTH, HEIGHT, rate, 0.15);
        var audioSettings = MediaWriter.AudioSettings.aac(SAMPLE_RATE, 2);
        BufferedImage canvas = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) canvas.getRaster().getDataBuffer()).getData();
        VideoFrame frame = VideoFrame.black(WIDTH, HEIGHT, PixelFormat.BGR24);
        int audioFrames = stereo.length / 2;
        try (MediaWriter writer = MediaWriter.open(file, videoSettings, audioSettings, true)) {
            long index = 0;
            long samplesWritten = 0;
            for (Shot shot : shots) {
                long shotFrames = Rational.of(Math.round(shot.seconds() * 1000), 1000).times(rate.fps()).round();
                for (long f = 0; f < shotFrames; f++, index++) {
                    Graphics2D g = canvas.createGraphics();
                    try {
                        DemoScenes.prepare(g);
                        shot.scene().paint(g, WIDTH, HEIGHT, f / rate.toDouble());
                    } finally {
                        g.dispose();
                    }
                    frame.data().put(0, pixels);
                    writer.writeVideo(frame);
                    // audio up to the end of this frame, so both streams end together
                    long until = Math.min(audioFrames, rate.toSeconds(index + 1).times(Rational.of(SAMPLE_RATE)).floor());
                    writer.writeAudio(stereo, (int) samplesWritten, (int) (until - samplesWritten));
                    samplesWritten = until;
                }
            }
            writer.finish();
        }
        return file;
    }

    private static Path audio(Path file, float[] stereo) {
        try (MediaWriter writer = MediaWriter.open(file, null, MediaWriter.AudioSettings.aac(SAMPLE_RATE, 2), true)) {
            writer.writeAudio(stereo, 0, stereo.length / 2);
            writer.finish();
        }
        return file;
    }

}
