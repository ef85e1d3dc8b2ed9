package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.List;

/** Removes a transition from a track (the cut becomes a plain cut). */
public record RemoveTransition(String trackId, String transitionId) implements Command {
    @Override
    public String label() { return "Remove transition"; }

    @Override
    public Applied apply(Project before) {
        int ti = Edits.trackIndex(before, trackId);
        Track track = before.timeline().tracks().get(ti);
        Edits.requireUnlocked(track);
        List<Transition> list = new ArrayList<>(track.transitions());
        if (!list.removeIf(t -> t.id().equals(transitionId))) throw new EditException("no transition " + transitionId + " on track " + trackId);
        return Edits.finish(this, before, Edits.withTrack(before, ti, track.withTransitions(list)));
    }
}
