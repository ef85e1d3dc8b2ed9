package dev.cutroom.timeline.model;

/** Picture and sound format of a new timeline. */
public record ProjectFormat(FrameRate rate, int width, int height, int sampleRate, int channels) {
    /** 1280x720 at 25 fps, 48 kHz stereo. */
    public static final ProjectFormat HD_25 = new ProjectFormat(FrameRate.FPS_25, 1280, 720, 48_000, 2);

    /** The format of the first media with video (size and rate), 48 kHz stereo; {@code fallback} when none has video. */
    public static ProjectFormat fromMedia(java.util.List<MediaItem> media, ProjectFormat fallback) {
        for (MediaItem m : media) {
            if (m.isUsable() && m.info().hasVideo()) {
                var v = m.info().video();
                boolean sideways = v.rotation() % 180 != 0;
                int w = sideways ? v.height() : v.width();
                int h = sideways ? v.width() : v.height();
                return new ProjectFormat(v.frameRate(), w + (w & 1), h + (h & 1), 48_000, 2);
            }
        }
        return fallback;
    }
}
