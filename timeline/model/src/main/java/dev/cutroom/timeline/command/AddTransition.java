package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a transition on the cut at {@code transition.cutFrame()} of a track. Refused unless two clips touch there
 * and both are long enough for its offsets (see {@link Invariants}), or when the cut already has a transition.
 * Later edits keep it on its cut (it follows the incoming clip) or drop it when the cut disappears.
 */
public record AddTransition(String trackId, Transition transition) implements Command {
    @Override
    public String label() { return "Add transition"; }

    @Override
    public Applied apply(Project before) {
        if (transition == null || transition.id() == null) throw new EditException("add transition: no transition or id given");
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        List<Transition> list = new ArrayList<>(track.transitions());
        int at = 0;
        for (; at < list.size() && list.get(at).cutFrame() <= transition.cutFrame(); at++) {
            if (list.get(at).cutFrame() == transition.cutFrame()) {
                throw new EditException("the cut at frame " + transition.cutFrame() + " on track " + trackId + " already has transition "
                        + list.get(at).id());
            }
        }
        list.add(at, transition);
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withTransitions(list)));
    }
}
