package dev.cutroom.app.ui.vm;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** {@link AudioLine} on the default {@code javax.sound.sampled} mixer: 16-bit signed little-endian PCM. */
public final class JavaSoundLine implements AudioLine {
    /** How much sound the line buffers ahead of the speaker. */
    public static final double BUFFER_SECONDS = 0.25;

    private final SourceDataLine line;
    private final String name;

    private JavaSoundLine(SourceDataLine line, String name) {
        this.line = line;
        this.name = name;
    }

    /**
     * Opens the default output line; throws when the machine has no sound device (no mixer, or the line is
     * unavailable or busy).
     */
    public static JavaSoundLine open(int sampleRate, int channels) throws LineUnavailableException {
        AudioFormat format = new AudioFormat(sampleRate, 16, channels, true, false);
        SourceDataLine line;
        try {
            line = AudioSystem.getSourceDataLine(format);
        } catch (IllegalArgumentException | SecurityException e) {
            throw new LineUnavailableException("no audio output for " + format + ": " + e.getMessage());
        }
        int bytes = (int) (sampleRate * BUFFER_SECONDS) * channels * 2;
        line.open(format, bytes);
        return new JavaSoundLine(line, line.getLineInfo().toString());
    }

    @Override
    public int write(byte[] data, int offset, int length) { return line.write(data, offset, length); }

    @Override
    public void start() { line.start(); }

    @Override
    public void stop() { line.stop(); }

    @Override
    public void flush() { line.flush(); }

    @Override
    public long framePosition() { return line.getLongFramePosition(); }

    @Override
    public String describe() { return "audio " + (int) line.getFormat().getSampleRate() / 1000 + " kHz"; }

    @Override
    public void close() { line.close(); }

    @Override
    public String toString() { return name; }
}
