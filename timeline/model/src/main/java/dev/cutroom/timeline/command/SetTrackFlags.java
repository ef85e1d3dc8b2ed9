package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

/**
 * Sets a track's flags; a null flag stays as it is. Changing flags is allowed on a locked track (that is how it
 * gets unlocked).
 */
public record SetTrackFlags(String trackId, Boolean muted, Boolean solo, Boolean locked, Boolean hidden) implements Command {
    public static SetTrackFlags mute(String trackId, boolean on) { return new SetTrackFlags(trackId, on, null, null, null); }

    public static SetTrackFlags solo(String trackId, boolean on) { return new SetTrackFlags(trackId, null, on, null, null); }

    public static SetTrackFlags lock(String trackId, boolean on) { return new SetTrackFlags(trackId, null, null, on, null); }

    public static SetTrackFlags hide(String trackId, boolean on) { return new SetTrackFlags(trackId, null, null, null, on); }

    @Override
    public String label() {
        int n = (muted != null ? 1 : 0) + (solo != null ? 1 : 0) + (locked != null ? 1 : 0) + (hidden != null ? 1 : 0);
        if (n != 1) return "Change track flags";
        if (muted != null) return muted ? "Mute track" : "Unmute track";
        if (solo != null) return solo ? "Solo track" : "Unsolo track";
        if (locked != null) return locked ? "Lock track" : "Unlock track";
        return hidden ? "Hide track" : "Show track";
    }

    @Override
    public Applied apply(Project before) {
        int ti = Edits.trackIndex(before, trackId);
        Track t = before.timeline().tracks().get(ti);
        Track changed = t.withFlags(muted != null ? muted : t.muted(), solo != null ? solo : t.solo(),
                locked != null ? locked : t.locked(), hidden != null ? hidden : t.hidden());
        return Edits.finish(this, before, Edits.withTrack(before, ti, changed));
    }
}
