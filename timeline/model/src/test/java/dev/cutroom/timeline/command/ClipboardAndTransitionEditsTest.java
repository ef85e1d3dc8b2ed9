package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TrackKind;
import dev.cutroom.timeline.model.Transition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.cutroom.timeline.command.Fixtures.applyChecked;
import static dev.cutroom.timeline.command.Fixtures.av;
import static dev.cutroom.timeline.command.Fixtures.r;
import static dev.cutroom.timeline.command.Fixtures.track;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Copy, paste (overwrite and insert) and transitions on cuts, each one exact undo step that keeps the invariants. */
class ClipboardAndTransitionEditsTest {
    private final Ids ids = Ids.seeded(7);

    /** Picture and sound of one shot, linked. */
    private static Clip linked(String id, String media, long start, long duration, String link) {
        Take t = Take.original(id + "-t0", media);
        return new Clip(id, id, start, duration, r(0), r(1), 1.0, true, List.of(t), t.id(), link);
    }

    /** V1: a [0,50) b [50,100) c [100,150); A1 their linked sound. */
    private Project threeShots() {
        return Fixtures.project(FrameRate.FPS_25, List.of(av("m1", r(20)), av("m2", r(20)), av("m3", r(20))),
                track("v1", TrackKind.VIDEO, linked("a", "m1", 0, 50, "L1"), linked("b", "m2", 50, 50, "L2"), linked("c", "m3", 100, 50, "L3")),
                track("a1", TrackKind.AUDIO, linked("as", "m1", 0, 50, "L1"), linked("bs", "m2", 50, 50, "L2"), linked("cs", "m3", 100, 50, "L3")));
    }

    @Test
    void copyingAPictureTakesItsSound() {
        ClipboardEdits.Copy copy = ClipboardEdits.copy(threeShots(), List.of("b"));
        assertThat(copy.clips()).extracting(c -> c.clip().id()).containsExactly("b", "bs");
        assertThat(copy.clips()).allSatisfy(c -> assertThat(c.offset()).isZero());
        assertThat(copy.length()).isEqualTo(50);
    }

    @Test
    void pasteOverwritesAtTheFrameUnderNewIdsAndStaysLinked() {
        Project p = threeShots();
        ClipboardEdits.Copy copy = ClipboardEdits.copy(p, List.of("a"));
        Project after = applyChecked(p, ClipboardEdits.paste(p, copy, 120, false, ids));

        assertThat(after.timeline().duration()).isEqualTo(170);
        Clip v = after.timeline().tracks().get(0).clips().getLast(), s = after.timeline().tracks().get(1).clips().getLast();
        assertThat(v.start()).isEqualTo(120);
        assertThat(v.id()).isNotEqualTo("a");
        assertThat(v.activeTake().mediaId()).isEqualTo("m1");
        assertThat(v.linkId()).isNotNull().isNotEqualTo("L1").isEqualTo(s.linkId());
        assertThat(after.timeline().tracks().get(0).clips().get(2).duration()).as("c trimmed to the paste").isEqualTo(20);
    }

    @Test
    void pasteInsideAClipThatSpansItSplitsIt() {
        Project p = Fixtures.project(FrameRate.FPS_25, List.of(av("m1", r(20))),
                track("v1", TrackKind.VIDEO, Fixtures.clip("long", "m1", 0, 200), Fixtures.clip("short", "m1", 300, 10)));
        ClipboardEdits.Copy copy = ClipboardEdits.copy(p, List.of("short"));
        Project after = applyChecked(p, ClipboardEdits.paste(p, copy, 50, false, ids));
        assertThat(after.timeline().tracks().get(0).clips()).extracting(Clip::start).containsExactly(0L, 50L, 60L, 300L);
    }

    @Test
    void pasteInsertPushesEveryTrackLaterSoSoundStaysInSync() {
        Project p = threeShots();
        ClipboardEdits.Copy copy = ClipboardEdits.copy(p, List.of("c"));
        Project after = applyChecked(p, ClipboardEdits.paste(p, copy, 75, true, ids));

        assertThat(after.timeline().duration()).isEqualTo(200);
        for (int t = 0; t < 2; t++) {
            assertThat(after.timeline().tracks().get(t).clips()).extracting(Clip::start).containsExactly(0L, 50L, 75L, 125L, 150L);
        }
        assertThat(Fixtures.clipOf(after, "c").start()).isEqualTo(150);
        assertThat(Fixtures.clipOf(after, "cs").start()).isEqualTo(150);
    }

    @Test
    void pasteIsRefusedOnATrackOfAnotherKindOrWithNothingCopied() {
        Project p = threeShots();
        ClipboardEdits.Copy copy = ClipboardEdits.copy(p, List.of("a"));
        Project swapped = Fixtures.project(FrameRate.FPS_25, p.media(), p.timeline().tracks().get(1), p.timeline().tracks().get(0));
        assertThatThrownBy(() -> ClipboardEdits.paste(swapped, copy, 0, false, ids).apply(swapped)).isInstanceOf(EditException.class)
                .hasMessageContaining("track");
        assertThatThrownBy(() -> ClipboardEdits.paste(p, ClipboardEdits.copy(p, List.of()), 0, false, ids)).hasMessageContaining("nothing to paste");
    }

    @Test
    void aDissolveOnTheNearestCutGetsItsAudioCrossfadeAndCanBeLengthenedAndRemoved() {
        Project p = threeShots();
        long cut = TransitionEdits.nearestCut(p.timeline().tracks().get(0), 58).orElseThrow();
        assertThat(cut).isEqualTo(50);

        Project added = applyChecked(p, TransitionEdits.add(p, "v1", cut, Transition.CROSS_DISSOLVE, 25, ids));
        Transition v = TransitionEdits.on(added.timeline().tracks().get(0), 50).orElseThrow();
        assertThat(v.kind()).isEqualTo(Transition.CROSS_DISSOLVE);
        assertThat(v.inOffset() + v.outOffset()).isEqualTo(25);
        assertThat(TransitionEdits.on(added.timeline().tracks().get(1), 50)).isPresent();

        Project longer = applyChecked(added, TransitionEdits.setLength(added, "v1", 50, 40));
        assertThat(TransitionEdits.on(longer.timeline().tracks().get(0), 50).orElseThrow())
                .satisfies(t -> assertThat(t.inOffset() + t.outOffset()).isEqualTo(40)).extracting(Transition::id).isEqualTo(v.id());

        Project dip = applyChecked(longer, TransitionEdits.add(longer, "v1", 50, Transition.DIP_TO_BLACK, 10, ids));
        assertThat(TransitionEdits.on(dip.timeline().tracks().get(0), 50).orElseThrow().kind()).isEqualTo(Transition.DIP_TO_BLACK);
        assertThat(TransitionEdits.on(dip.timeline().tracks().get(1), 50).orElseThrow().kind()).as("sound crossfades").isEqualTo(Transition.CROSS_DISSOLVE);

        Project removed = applyChecked(dip, TransitionEdits.remove(dip, "v1", 50));
        assertThat(removed.timeline().tracks()).allSatisfy(t -> assertThat(t.transitions()).isEmpty());
    }

    @Test
    void aTransitionLongerThanAClipIsShortenedToFitAndANonCutIsRefused() {
        Project p = Fixtures.project(FrameRate.FPS_25, List.of(av("m1", r(20))),
                track("v1", TrackKind.VIDEO, Fixtures.clip("x", "m1", 0, 6), Fixtures.clip("y", "m1", 6, 100), Fixtures.clip("z", "m1", 200, 10)));
        Project added = applyChecked(p, TransitionEdits.add(p, "v1", 6, Transition.CROSS_DISSOLVE, 50, ids));
        Transition t = added.timeline().tracks().get(0).transitions().getFirst();
        assertThat(t.inOffset()).isEqualTo(6);
        assertThat(t.outOffset()).isEqualTo(25);
        assertThatThrownBy(() -> TransitionEdits.add(p, "v1", 106, Transition.CROSS_DISSOLVE, 10, ids)).isInstanceOf(EditException.class)
                .hasMessageContaining("not a cut");
        assertThat(TransitionEdits.nearestCut(p.timeline().tracks().get(0), 190)).contains(6L);
    }
}
