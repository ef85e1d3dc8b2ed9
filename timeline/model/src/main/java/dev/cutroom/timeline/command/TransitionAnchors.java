package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps transitions on their cuts while clips change. A transition belongs to the clip that starts at its cut
 * (the incoming clip): after an edit it moves to wherever that clip now starts, as long as another clip still
 * ends exactly there; otherwise (the clip is gone, or a gap opened before it) the transition is dropped. Its
 * offsets shrink when a shortened clip can no longer hold them. Undo brings dropped transitions back because it
 * restores whole tracks.
 */
final class TransitionAnchors {
    private TransitionAnchors() {}

    /** {@code after} with the transitions of every track whose clips changed put back on their cuts. */
    static Project follow(Project before, Project after) {
        List<Track> afterTracks = after.timeline().tracks();
        List<Track> changed = null;
        for (int i = 0; i < afterTracks.size(); i++) {
            Track now = afterTracks.get(i);
            if (now.transitions().isEmpty()) continue;
            Track was = before.timeline().track(now.id());
            if (was != null && was.clips() == now.clips()) continue;
            List<Transition> kept = follow(was != null ? was : now, now);
            if (kept.equals(now.transitions())) continue;
            if (changed == null) changed = new ArrayList<>(afterTracks);
            changed.set(i, now.withTransitions(kept));
        }
        return changed == null ? after : after.withTimeline(after.timeline().withTracks(changed));
    }

    private static List<Transition> follow(Track was, Track now) {
        Map<String, Integer> index = new HashMap<>();
        List<Clip> clips = now.clips();
        for (int i = 0; i < clips.size(); i++) index.put(clips.get(i).id(), i);
        List<Transition> out = new ArrayList<>(now.transitions().size());
        for (Transition t : now.transitions()) {
            Clip incoming = incomingClip(was.clips(), t.cutFrame());
            Integer at = incoming == null ? null : index.get(incoming.id());
            if (at == null || at == 0) continue;
            Clip left = clips.get(at - 1), right = clips.get(at);
            if (left.end() != right.start()) continue;
            out.add(new Transition(t.id(), t.kind(), right.start(), Math.min(t.inOffset(), left.duration()),
                    Math.min(t.outOffset(), right.duration())));
        }
        return out;
    }

    /** The clip starting exactly at {@code cut}, or null. */
    private static Clip incomingClip(List<Clip> clips, long cut) {
        int i = Edits.firstStartingAtOrAfter(clips, cut);
        return i < clips.size() && clips.get(i).start() == cut ? clips.get(i) : null;
    }
}
