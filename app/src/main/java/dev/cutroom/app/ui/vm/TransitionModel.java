package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.TransitionEdits;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;

import java.util.Optional;
import java.util.function.Function;

/**
 * Transitions from the editor: on the cut nearest the playhead, on the focused clip's track (else the first
 * video track with a cut); add a cross-dissolve or a dip to black one second long (the default), change its
 * length, remove it. The linked sound's cut gets the same. FX thread.
 */
public final class TransitionModel {
    private final EditorModel model;

    public TransitionModel(EditorModel model) {
        this.model = model;
    }

    /** The default length: one second of the timeline. */
    public long defaultFrames() {
        return Math.max(1, model.project().timeline().rate().nearestFrame(dev.cutroom.timeline.model.Rational.ONE));
    }

    public boolean add(String kind) {
        return onCut("Add transition", (cut) -> TransitionEdits.add(model.project(), cut.track().id(), cut.frame(), kind, defaultFrames(), model.ids()));
    }

    public boolean setLength(long frames) {
        return onCut("Transition length", cut -> TransitionEdits.setLength(model.project(), cut.track().id(), cut.frame(), frames));
    }

    public boolean remove() {
        return onCut("Remove transition", cut -> TransitionEdits.remove(model.project(), cut.track().id(), cut.frame()));
    }

    /** The transition on the cut the commands would act on, if it has one. */
    public Optional<Transition> current() {
        return target().flatMap(cut -> TransitionEdits.on(cut.track(), cut.frame()));
    }

    /** A cut of a track. */
    public record Cut(Track track, long frame) {}

    /** The cut nearest the playhead on the focused clip's track, else on the first video track that has a cut. */
    public Optional<Cut> target() {
        Clip focused = model.focused();
        if (focused != null) {
            Track t = model.trackOf(focused.id());
            return TransitionEdits.nearestCut(t, model.playhead()).map(f -> new Cut(t, f));
        }
        for (Track t : model.project().timeline().tracks()) {
            if (t.kind() != TrackKind.VIDEO || t.locked()) continue;
            Optional<Long> cut = TransitionEdits.nearestCut(t, model.playhead());
            if (cut.isPresent()) return Optional.of(new Cut(t, cut.get()));
        }
        return Optional.empty();
    }

    private boolean onCut(String label, Function<Cut, Command> make) {
        Optional<Cut> cut = target();
        if (cut.isEmpty()) {
            model.statusProperty().set(label + ": no cut between two touching clips on the track");
            return false;
        }
        Command command;
        try {
            command = make.apply(cut.get());
        } catch (EditException e) {
            model.statusProperty().set(label + ": " + e.getMessage());
            return false;
        }
        return model.execute(command);
    }
}
