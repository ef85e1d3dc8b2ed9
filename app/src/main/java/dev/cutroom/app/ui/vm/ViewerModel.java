package dev.cutroom.app.ui.vm;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The viewer: shows the frame under the playhead (rendered by {@link FrameService}), plays and shuttles
 * (J/K/L), and counts what playback shows and drops. {@link #tick(long)} is called once per screen refresh by the
 * view (an AnimationTimer); it moves the playhead by the real time elapsed, so slow decoding drops frames rather
 * than slowing time down.
 */
public final class ViewerModel {
    private final EditorModel model;
    private final FrameService frames;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final StringProperty timecode = new SimpleStringProperty(this, "timecode", "00:00:00:00");
    private final IntegerProperty shuttle = new SimpleIntegerProperty(this, "shuttle");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final LongProperty shownFrames = new SimpleLongProperty(this, "shownFrames");
    private final LongProperty droppedFrames = new SimpleLongProperty(this, "droppedFrames");
    private final StringProperty stats = new SimpleStringProperty(this, "stats", "");
    private long shownFrame = -1;
    private long playStartNanos, playStartFrame, lastTickFrame, playedFrames;

    public ViewerModel(EditorModel model, FrameService frames) {
        this.model = model;
        this.frames = frames;
        model.playheadProperty().addListener((o, a, b) -> refresh());
        model.projectProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObjectProperty<Image> imageProperty() { return image; }
    public StringProperty errorProperty() { return error; }
    public StringProperty timecodeProperty() { return timecode; }
    public IntegerProperty shuttleProperty() { return shuttle; }
    public BooleanProperty playingProperty() { return playing; }
    public LongProperty shownFramesProperty() { return shownFrames; }
    public LongProperty droppedFramesProperty() { return droppedFrames; }
    public StringProperty statsProperty() { return stats; }
    public FrameService frames() { return frames; }
    /** The frame whose picture is on screen, or -1. */
    public long shownFrame() { return shownFrame; }

    /** Asks for the frame under the playhead. */
    public void refresh() {
        long frame = model.playhead();
        timecode.set(Timecode.format(frame, model.project().timeline().rate()));
        frames.request(model.project(), model.resolver(), frame, this::show);
    }

    private void show(FrameService.Result r) {
        if (r.image() != null) {
            image.set(r.image());
            error.set(null);
            if (playing.get() && r.frame() != shownFrame) shownFrames.set(shownFrames.get() + 1);
            shownFrame = r.frame();
        } else {
            error.set(r.error());
        }
    }

    // ------------------------------------------------------------------ transport

    public void togglePlay() {
        if (playing.get()) pause(); else play(1);
    }

    public void play(int speed) {
        if (speed == 0) { pause(); return; }
        if (speed > 0 && model.playhead() >= model.duration() - 1) model.seek(0);
        shuttle.set(speed);
        playStartFrame = model.playhead();
        lastTickFrame = playStartFrame;
        playStartNanos = -1;
        if (!playing.get()) {
            shownFrames.set(0);
            droppedFrames.set(0);
            playedFrames = 0;
        }
        playing.set(true);
    }

    public void pause() {
        playing.set(false);
        shuttle.set(0);
        updateStats();
    }

    /** L: play forward, faster on each press (1, 2, 4, 8x). */
    public void shuttleForward() {
        int s = shuttle.get();
        play(s <= 0 ? 1 : Math.min(8, s * 2));
    }

    /** J: play backward, faster on each press. */
    public void shuttleBackward() {
        int s = shuttle.get();
        play(s >= 0 ? -1 : Math.max(-8, s * 2));
    }

    /** Advances playback to the real time {@code nanos}; returns whether still playing. */
    public boolean tick(long nanos) {
        if (!playing.get()) return false;
        if (playStartNanos < 0) { playStartNanos = nanos; return true; }
        double fps = model.project().timeline().rate().toDouble();
        long target = playStartFrame + (long) Math.floor((nanos - playStartNanos) / 1e9 * fps * shuttle.get());
        long end = Math.max(0, model.duration() - 1);
        boolean stop = false;
        if (target >= end) { target = end; stop = true; }
        if (target <= 0) { target = 0; stop = shuttle.get() < 0; }
        if (target != lastTickFrame) {
            playedFrames += Math.abs(target - lastTickFrame);
            lastTickFrame = target;
            model.seek(target);
        }
        droppedFrames.set(Math.max(0, playedFrames - shownFrames.get()));
        updateStats();
        if (stop) pause();
        return !stop;
    }

    private void updateStats() {
        stats.set(String.format("%dx  shown %d  dropped %d", shuttle.get(), shownFrames.get(), droppedFrames.get()));
    }
}
