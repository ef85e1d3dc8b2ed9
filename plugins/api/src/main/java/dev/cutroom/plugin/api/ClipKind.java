package dev.cutroom.plugin.api;

/**
 * What kind of track a clip sits on. A video file's sound is an audio clip of its own (on an audio track, linked to
 * the picture), so the kind, not the media, says whether a clip is picture or sound. Since API 1.2.
 */
public enum ClipKind {
    /** On a video track: the picture (its file may carry sound too, which plays from the linked audio clip). */
    VIDEO,
    /** On an audio track: the sound (its file may be a video file). */
    AUDIO
}
