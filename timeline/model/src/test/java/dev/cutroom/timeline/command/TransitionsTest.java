package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cutroom.timeline.command.CommandsTest.base;
import static dev.cutroom.timeline.command.CommandsTest.newClip;
import static dev.cutroom.timeline.command.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Transitions stay on their cut through edits (they follow the incoming clip) and go when the cut goes. */
class TransitionsTest {
    /** base() with a 10+10 frame dissolve on the c1|c2 cut at frame 100. */
    static Project withDissolve() {
        return applyChecked(base(), new AddTransition("v", new Transition("x1", "cross_dissolve", 100, 10, 10)));
    }

    static List<Transition> transitions(Project p) { return track(p, "v").transitions(); }

    @Test
    void addAndRemove() {
        Project p = withDissolve();
        assertThat(transitions(p)).containsExactly(new Transition("x1", "cross_dissolve", 100, 10, 10));
        assertThat(transitions(applyChecked(p, new RemoveTransition("v", "x1")))).isEmpty();
        assertThatThrownBy(() -> new RemoveTransition("v", "nope").apply(p)).hasMessageContaining("no transition nope");
    }

    @Test
    void kindNamesAreTheOnesProjectFilesAndOtioUse() {
        // stored in project files: changing them would orphan saved transitions
        assertThat(Transition.CROSS_DISSOLVE).isEqualTo("cross_dissolve");
        assertThat(Transition.DIP_TO_BLACK).isEqualTo("dip_to_black");
        Project dip = applyChecked(base(), new AddTransition("v", new Transition("d", Transition.DIP_TO_BLACK, 100, 4, 6)));
        assertThat(transitions(dip)).containsExactly(new Transition("d", "dip_to_black", 100, 4, 6));
    }

    @Test
    void addRefusesWhereThereIsNoCutOrNoRoom() {
        Project p = base();
        assertThatThrownBy(() -> new AddTransition("v", new Transition("x", "wipe", 50, 5, 5)).apply(p))
                .isInstanceOf(EditException.class).hasMessageContaining("frame 50").hasMessageContaining("not a cut");
        assertThatThrownBy(() -> new AddTransition("v", new Transition("x", "wipe", 200, 5, 5)).apply(p))
                .as("c2 ends at 200 but c3 starts at 250: a gap, not a cut").hasMessageContaining("not a cut");
        assertThatThrownBy(() -> new AddTransition("v", new Transition("x", "wipe", 100, 101, 5)).apply(p))
                .hasMessageContaining("does not fit");
        assertThatThrownBy(() -> new AddTransition("v", new Transition("x2", "wipe", 100, 1, 1)).apply(withDissolve()))
                .hasMessageContaining("already has transition x1");
        Project locked = applyChecked(base(), SetTrackFlags.lock("v", true));
        assertThatThrownBy(() -> new AddTransition("v", new Transition("x", "wipe", 100, 5, 5)).apply(locked)).hasMessageContaining("locked");
    }

    @Test
    void followsTheCutWhenClipsMoveOrTheCutRolls() {
        Project inserted = applyChecked(withDissolve(), new Insert("v", 0, newClip("n", "m2", 30)));
        assertThat(transitions(inserted)).extracting(Transition::cutFrame).containsExactly(130L);
        Project rolled = applyChecked(withDissolve(), new Roll("c1", "c2", -7));
        assertThat(transitions(rolled)).extracting(Transition::cutFrame).containsExactly(93L);
        Project splitBefore = applyChecked(withDissolve(), new Split("c1", 95, "c1b", List.of("c1b-t0")));
        assertThat(transitions(splitBefore)).as("now between c1b and c2, with offsets shrunk to c1b's 5 frames")
                .containsExactly(new Transition("x1", "cross_dissolve", 100, 5, 10));
        Project sped = applyChecked(withDissolve(), new SetSpeed("c1", Rational.of(2), true));
        assertThat(transitions(sped)).extracting(Transition::cutFrame).containsExactly(50L);
    }

    @Test
    void shrinksWithAShortenedClip() {
        Project p = applyChecked(withDissolve(), new RippleTrim("c2", RippleTrim.Edge.OUT, -96));
        assertThat(transitions(p)).containsExactly(new Transition("x1", "cross_dissolve", 100, 10, 4));
    }

    @Test
    void goesWithItsCutAndComesBackOnUndo() {
        Project p = withDissolve();
        for (Command c : List.of(new TrimOut("c1", -10), new TrimIn("c2", 5), new Lift("c2"), new RippleDelete("c2"),
                new Move("c2", 120), new Overwrite("v", 100, newClip("n", "m2", 100)))) {
            Command.Applied a = c.apply(p);
            assertThat(track(a.after(), "v").transitions()).as("after %s", c).isEmpty();
            Invariants.check(a.after());
            assertThat(a.inverse().apply(a.after()).after()).as("undo of %s", c).isEqualTo(p);
        }
    }

    @Test
    void invariantsCatchAStaleTransition() {
        Project p = withDissolve();
        Project stale = p.withTimeline(p.timeline().withTracks(List.of(
                track(p, "v").withTransitions(List.of(new Transition("x1", "wipe", 150, 1, 1))), track(p, "a"))));
        assertThatThrownBy(() -> Invariants.check(stale)).hasMessageContaining("transition x1").hasMessageContaining("not a cut");
    }
}
