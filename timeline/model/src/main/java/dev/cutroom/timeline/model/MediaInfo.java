package dev.cutroom.timeline.model;

/**
 * What probing a media file found. Filled by the media engine; the model only stores it.
 *
 * @param container short container name as FFmpeg reports it (e.g. "mov,mp4,m4a,3gp,3g2,mj2")
 * @param duration  exact duration in seconds (the longest stream)
 * @param video     the first video stream, or null for audio-only media
 * @param audio     the first audio stream, or null for silent media
 */
public record MediaInfo(String container, Rational duration, VideoStreamInfo video, AudioStreamInfo audio) {
    public boolean hasVideo() { return video != null; }

    public boolean hasAudio() { return audio != null; }

    /** The range of source time this media can supply. */
    public TimeRange availableRange() { return TimeRange.of(Rational.ZERO, duration); }

    /**
     * @param rotation degrees clockwise the picture should be turned for display (0, 90, 180, 270)
     * @param frameCount number of frames, or -1 when the container does not say
     */
    public record VideoStreamInfo(int width, int height, FrameRate frameRate, int rotation, String codec, long frameCount) {}

    public record AudioStreamInfo(int sampleRate, int channels, String codec) {}
}
