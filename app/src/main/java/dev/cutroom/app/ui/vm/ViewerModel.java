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
 * view (an AnimationTimer); it moves the playhead to where the {@link PlaybackEngine}'s clock is: the sound
 * line's play position at 1x when there is a sound device, the real time elapsed otherwise. Slow decoding drops
 * frames rather than slowing time down. A seek or an edit during playback restarts the sound from the playhead.
 */
public final class ViewerModel {
    private final EditorModel model;
    private final FrameService frames;
    private final PlaybackEngine engine;
    private final ObjectProperty<Image> image = new SimpleObjectProperty<>(this, "image");
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final StringProperty timecode = new SimpleStringProperty(this, "timecode", "00:00:00:00");
    private final IntegerProperty shuttle = new SimpleIntegerProperty(this, "shuttle");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final LongProperty shownFrames = new SimpleLongProperty(this, "shownFrames");
    private final LongProperty droppedFrames = new SimpleLongProperty(this, "droppedFrames");
    private final StringProperty stats = new SimpleStringProperty(this, "stats", "");
    private final javafx.beans.property.ReadOnlyObjectWrapper<AudioLevels> meter = new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "meter", AudioLevels.SILENCE);
    private final javafx.beans.property.ReadOnlyBooleanWrapper clipped = new javafx.beans.property.ReadOnlyBooleanWrapper(this, "clipped");
    private long shownFrame = -1;
    private long lastTickFrame, playedFrames;

    /** A viewer without sound (wall clock). */
    public ViewerModel(EditorModel model, FrameService frames) {
        this(model, frames, PlaybackEngine.silent());
    }

    public ViewerModel(EditorModel model, FrameService frames, PlaybackEngine engine) {
        this.model = model;
        this.frames = frames;
        this.engine = engine;
        model.playheadProperty().addListener((o, a, b) -> refresh());
        model.projectProperty().addListener((o, a, b) -> {
            // an edit while playing: the sound is rendered again from the new timeline
            if (playing.get()) restartClock();
            refresh();
        });
        refresh();
    }

    public PlaybackEngine engine() { return engine; }

    public ObjectProperty<Image> imageProperty() { return image; }
    public StringProperty errorProperty() { return error; }
    public StringProperty timecodeProperty() { return timecode; }
    public IntegerProperty shuttleProperty() { return shuttle; }
    public BooleanProperty playingProperty() { return playing; }
    public LongProperty shownFramesProperty() { return shownFrames; }
    public LongProperty droppedFramesProperty() { return droppedFrames; }
    public StringProperty statsProperty() { return stats; }

    /** The sound of the frame shown, for the meters (silence when not playing). */
    public javafx.beans.property.ReadOnlyObjectProperty<AudioLevels> meterProperty() { return meter.getReadOnlyProperty(); }

    /** Whether a sample reached full scale since the clip indicator was last reset. */
    public javafx.beans.property.ReadOnlyBooleanProperty clippedProperty() { return clipped.getReadOnlyProperty(); }

    /** Clears the clip indicator (a click on it). */
    public void resetClip() { clipped.set(false); }
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
        if (!playing.get()) {
            shownFrames.set(0);
            droppedFrames.set(0);
            playedFrames = 0;
        }
        restartClock();
        frames.setReadAhead(speed == 1); // forward at normal speed the next frames are made ahead of time
        playing.set(true);
        updateStats();
    }

    private void restartClock() {
        lastTickFrame = model.playhead();
        engine.start(model.project(), model.resolver(), lastTickFrame, shuttle.get());
    }

    public void pause() {
        engine.stop();
        frames.setReadAhead(false);
        meter.set(AudioLevels.SILENCE);
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
        // the playhead was moved by someone else (a click on the ruler, a key): play on from there
        if (model.playhead() != lastTickFrame) restartClock();
        long target = engine.frameAt(nanos);
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
        AudioLevels heard = engine.levelsAt(target);
        meter.set(heard);
        if (heard.clipped()) clipped.set(true);
        updateStats();
        if (stop) pause();
        return !stop;
    }

    private void updateStats() {
        String audio = engine.status();
        double scale = frames.previewScale();
        stats.set(String.format("%dx  shown %d  dropped %d", shuttle.get(), shownFrames.get(), droppedFrames.get())
                + (scale == 1 ? "" : scale == 0.5 ? "  ·  ½ res" : "  ·  ¼ res")
                + (audio.isEmpty() ? "" : "  ·  " + audio));
    }
}
