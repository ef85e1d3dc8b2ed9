package dev.cutroom.plugin.api;

/** What a plugin can work on; the editor enables a plugin only for selections it accepts. */
public enum SelectionKind {
    /** One clip with video. */
    VIDEO_CLIP,
    /** One clip with audio. */
    AUDIO_CLIP,
    /** Several clips at once (combined with {@link #VIDEO_CLIP} and/or {@link #AUDIO_CLIP}). */
    MULTIPLE_CLIPS,
    /** A range of the timeline (in to out point), not tied to clips. */
    RANGE,
    /** The whole timeline. */
    TIMELINE
}
