package dev.cutroom.app.ui;

import dev.cutroom.app.ui.view.TimelineView;
import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.TimelineController;
import dev.cutroom.app.ui.vm.TimelineViewport;
import dev.cutroom.timeline.command.AddTrack;
import dev.cutroom.timeline.command.Move;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Many tracks in a short view: vertical scroll, hit tests after scrolling, headers that scroll with the tracks. */
@ExtendWith(ApplicationExtension.class)
class TimelineScrollTest {
    private EditorModel model;
    private TimelineView view;

    /** V1, A1 and ten more audio tracks; A1's first clip moved onto the last track (at frame 0). */
    static Project manyTracks() {
        Project p = TestProjects.linked(3, 4);
        for (int i = 0; i < 10; i++) p = new AddTrack("extra" + i, TrackKind.AUDIO, "A" + (i + 2), p.timeline().tracks().size()).apply(p).after();
        String clip = p.timeline().tracks().get(1).clips().getFirst().id();
        return new Move(clip, "extra9", 0).apply(p).after();
    }

    @Start
    void start(Stage stage) {
        model = new EditorModel(Ids.seeded(3), Runnable::run, Platform::runLater);
        Project p = manyTracks();
        model.execute(dev.cutroom.timeline.command.Restore.project("load", p));
        view = new TimelineView(model);
        stage.setScene(new Scene(view, 900, 300));
        stage.setWidth(900);   // the stage is shared with other test classes: size it, not only the scene
        stage.setHeight(300);
        stage.show();
    }

    @Test
    void hitTestsFollowTheVerticalScroll() {
        TimelineViewport vp = new TimelineViewport();
        vp.pixelsPerFrameProperty().set(2);
        vp.heightProperty().set(300);
        List<Track> tracks = model.project().timeline().tracks();
        int last = tracks.size() - 1;
        String moved = tracks.get(last).clips().getFirst().id();
        assertThat(vp.maxScrollY(tracks)).isEqualTo(TimelineViewport.totalHeight(tracks) - 300);
        assertThat(vp.hit(model.project(), 50, 300 - 5).trackIndex()).as("before scrolling the last track is out of view").isLessThan(last);

        vp.setScrollY(tracks, 1e9);
        assertThat(vp.scrollY()).as("clamped").isEqualTo(vp.maxScrollY(tracks));
        double y = vp.trackY(tracks, last) + 10;
        assertThat(y).isBetween(TimelineViewport.RULER, 300.0);
        TimelineViewport.Hit hit = vp.hit(model.project(), 50, y);
        assertThat(hit.trackIndex()).isEqualTo(last);
        assertThat(hit.clip().id()).isEqualTo(moved);
        assertThat(vp.hit(model.project(), 50, 5).part()).as("the ruler does not scroll").isEqualTo(TimelineViewport.Part.RULER);
        assertThat(vp.hit(model.project(), 50, TimelineViewport.RULER + 1).trackIndex()).as("the track just under the ruler").isEqualTo(vp.trackAtY(tracks, TimelineViewport.RULER + 1)).isGreaterThan(1);

        // gestures go to the track under the pointer: click selects the clip on the last track, a marquee there too
        TimelineController c = new TimelineController(model, vp);
        c.press(50, y, false);
        c.release(50, y);
        assertThat(model.selection()).containsExactly(moved);
        c.press(400, y, false);
        c.drag(10, y + 2);
        c.release(10, y + 2);
        assertThat(model.selection()).containsExactly(moved);
        // a taller view brings the scroll back within bounds
        vp.heightProperty().set(2000);
        vp.clampScrollY(tracks);
        assertThat(vp.scrollY()).isZero();
    }

    @Test
    void theWheelScrollsTracksAndHeadersTogether() throws Exception {
        Node canvas = view.canvas();
        UiFixtures.waitFor("a short timeline", 5000, () -> view.viewport().heightProperty().get() > 0 && view.viewport().heightProperty().get() < 320);
        assertThat(UiFixtures.onFx(() -> view.verticalScrollBar().isVisible())).isTrue();
        UiFixtures.runFx(() -> canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 100, 150, 100, 150, false, false, false, false, false, false,
                0, -200, 0, -200, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        double scrolled = UiFixtures.onFx(() -> view.viewport().scrollY());
        assertThat(scrolled).isEqualTo(200);
        assertThat(UiFixtures.onFx(() -> view.verticalScrollBar().getValue())).isEqualTo(200);
        assertThat(UiFixtures.onFx(() -> view.viewport().scroll())).as("no horizontal scroll").isZero();
        // the header of the last track sits level with its lane on the canvas
        UiFixtures.runFx(() -> view.viewport().setScrollY(model.project().timeline().tracks(), 1e9));
        UiFixtures.runFx(() -> view.layout());
        double[] ys = UiFixtures.onFx(() -> {
            List<Track> tracks = model.project().timeline().tracks();
            Node header = view.lookup("#mute-A11").getParent();
            double headerY = header.localToScene(0, 0).getY();
            double laneY = view.canvas().localToScene(0, view.viewport().trackY(tracks, tracks.size() - 1)).getY();
            return new double[] {headerY, laneY};
        });
        assertThat(ys[0]).isCloseTo(ys[1], org.assertj.core.data.Offset.offset(1.0));
        // Shift+wheel still scrolls in time
        UiFixtures.runFx(() -> canvas.fireEvent(new ScrollEvent(ScrollEvent.SCROLL, 100, 150, 100, 150, true, false, false, false, false, false,
                0, -50, 0, -50, ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        assertThat(UiFixtures.onFx(() -> view.viewport().scroll())).isGreaterThan(0);
    }
}
