package dev.cutroom.plugin.soundtrack;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;
import java.util.List;

/**
 * Where the music goes. Normally a new clip on the Music track spanning the selection. With {@code intoClip} (the
 * editor's Regenerate on an existing soundtrack clip) the music becomes a new take of that clip instead: it is
 * composed for exactly the clip's span, from the picture of the other selected clips, so that it fits the clip the
 * way a take must. Immutable; any thread.
 *
 * @param clip    the music clip to give a new take, or null for a new clip
 * @param picture the selection whose picture the music follows
 */
record MusicTarget(ClipRef clip, Selection picture) {
    private static final Fps FALLBACK_RATE = new Fps(25, 1);

    /** A new clip for the whole selection. */
    static MusicTarget newClip(Selection selection) {
        return new MusicTarget(null, selection);
    }

    /**
     * A new take of the clip {@code clipId}, which must be in the selection and have no picture.
     *
     * @throws IllegalArgumentException when it is not
     */
    static MusicTarget intoClip(Selection selection, String clipId) {
        List<ClipRef> clips = switch (selection) {
            case Selection.Clips c -> c.clips();
            case Selection.Range r -> r.clips();
        };
        ClipRef music = clips.stream().filter(c -> c.clipId().equals(clipId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("intoClip: clip " + clipId + " is not in the selection; select the soundtrack clip with the picture it scores"));
        if (music.hasVideo()) throw new IllegalArgumentException("intoClip: clip " + clipId + " has a picture; it must be the soundtrack's audio clip");
        List<ClipRef> others = clips.stream().filter(c -> c != music).toList();
        Fps rate = others.stream().filter(ClipRef::hasVideo).map(ClipRef::frameRate).findFirst().orElse(FALLBACK_RATE);
        Selection span = new Selection.Range(new TimeSpan(music.timelineStart(), music.sourceRange().duration()), rate, false, others);
        return new MusicTarget(music, span);
    }

    boolean isNewTake() {
        return clip != null;
    }
}
