package dev.cutroom.plugin.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One selected clip as the plugin sees it: the media file of its <em>active take</em> and the part of that
 * file the clip uses. Plugins read its pixels and samples through {@link MediaAccess}.
 *
 * <p>The picture is described <em>as shown</em>: {@code width} and {@code height} are the display size, after the
 * stream's rotation and with square pixels (a phone clip stored 1920x1080 with a 90 degree rotation is 1080x1920;
 * a 1440x1080 picture with 4:3 pixels is 1920x1080), and {@link MediaAccess#readVideo} delivers frames that way:
 * rotation applied, square pixels. A new take should be upright with square pixels too (no rotation tag), so it
 * shows like the original; code that decodes {@code mediaFile} itself must apply the rotation and sample aspect
 * ratio the file carries.
 * Immutable; any thread.
 *
 * @param clipId        the clip's stable id in the project (results refer to it)
 * @param trackId       id of the track it sits on
 * @param mediaFile     absolute path of the active take's media
 * @param sourceRange   the part of the media the clip plays, in media seconds from the file's start
 * @param timelineStart where the clip starts on the timeline, in seconds
 * @param frameRate     the media's frame rate, or null for audio-only media
 * @param width         picture width as shown, in square pixels after rotation (0 without video)
 * @param height        picture height as shown, in square pixels after rotation (0 without video)
 * @param sampleRate    audio sample rate (0 without audio)
 * @param channels      audio channels (0 without audio)
 * @param speed         the clip's playback speed on the timeline (since API 1.1; 1 is normal, 0.5 half, 2 double):
 *                      one second of the clip on the timeline shows {@code speed} seconds of {@code sourceRange}
 * @param kind          whether the clip is picture (on a video track) or sound (on an audio track), since API 1.2;
 *                      the host gives a plugin only clips of the kinds its descriptor {@code accepts}
 */
public record ClipRef(String clipId, String trackId, Path mediaFile, TimeSpan sourceRange, ExactTime timelineStart,
                      Fps frameRate, int width, int height, int sampleRate, int channels, double speed, ClipKind kind) {
    public ClipRef {
        if (kind == null) kind = width > 0 && height > 0 && frameRate != null ? ClipKind.VIDEO : ClipKind.AUDIO;
        Objects.requireNonNull(clipId, "clipId");
        Objects.requireNonNull(mediaFile, "mediaFile");
        Objects.requireNonNull(sourceRange, "sourceRange");
        timelineStart = timelineStart == null ? ExactTime.ZERO : timelineStart;
        if (width < 0 || height < 0 || sampleRate < 0 || channels < 0) throw new IllegalArgumentException("negative size or rate in clip " + clipId);
        if (!(speed > 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("speed must be positive in clip " + clipId + ", got " + speed);
    }

    /**
     * A clip whose kind follows its media: picture when it has one, sound otherwise (the API 1.1 components, kept
     * so 1.1 code compiles and links unchanged).
     */
    public ClipRef(String clipId, String trackId, Path mediaFile, TimeSpan sourceRange, ExactTime timelineStart,
                   Fps frameRate, int width, int height, int sampleRate, int channels, double speed) {
        this(clipId, trackId, mediaFile, sourceRange, timelineStart, frameRate, width, height, sampleRate, channels, speed, null);
    }

    /** A clip playing at normal speed (the API 1.0 components, kept so 1.0 code compiles unchanged). */
    public ClipRef(String clipId, String trackId, Path mediaFile, TimeSpan sourceRange, ExactTime timelineStart,
                   Fps frameRate, int width, int height, int sampleRate, int channels) {
        this(clipId, trackId, mediaFile, sourceRange, timelineStart, frameRate, width, height, sampleRate, channels, 1, null);
    }

    /** Seconds the clip lasts on the timeline: its source duration divided by its speed. Any thread. */
    public double timelineSeconds() {
        return sourceRange.duration().toSeconds() / speed;
    }

    /** Whether the active take has a picture. Any thread. */
    public boolean hasVideo() {
        return width > 0 && height > 0 && frameRate != null;
    }

    /** Whether the active take has sound. Any thread. */
    public boolean hasAudio() {
        return sampleRate > 0 && channels > 0;
    }
}
