package dev.cutroom.plugin.api;

/**
 * What a new media file holds. Video is written from {@link RgbFrame}-style packed RGB; audio from
 * interleaved floats. Immutable; any thread.
 *
 * @param width      picture width, even; 0 for audio only
 * @param height     picture height, even; 0 for audio only
 * @param frameRate  frame rate; null for audio only
 * @param sampleRate audio rate; 0 for silent video
 * @param channels   audio channels; 0 for silent video
 */
public record OutputFormat(int width, int height, Fps frameRate, int sampleRate, int channels) {
    public OutputFormat {
        boolean video = width > 0 || height > 0 || frameRate != null;
        if (video && (width <= 0 || height <= 0 || (width & 1) != 0 || (height & 1) != 0 || frameRate == null)) {
            throw new IllegalArgumentException("video needs an even width and height and a frame rate, got " + width + "x" + height + " @ " + frameRate);
        }
        if ((sampleRate > 0) != (channels > 0) || sampleRate < 0 || channels < 0) throw new IllegalArgumentException("audio needs a sample rate and channels");
        if (!video && sampleRate == 0) throw new IllegalArgumentException("an output needs video or audio");
    }

    /** Silent video. Any thread. */
    public static OutputFormat video(int width, int height, Fps frameRate) {
        return new OutputFormat(width, height, frameRate, 0, 0);
    }

    /** Audio only. Any thread. */
    public static OutputFormat audio(int sampleRate, int channels) {
        return new OutputFormat(0, 0, null, sampleRate, channels);
    }

    /** Whether it has a picture. Any thread. */
    public boolean hasVideo() {
        return frameRate != null;
    }

    /** Whether it has sound. Any thread. */
    public boolean hasAudio() {
        return sampleRate > 0;
    }
}
