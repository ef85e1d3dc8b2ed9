package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.AudioLevels;
import dev.cutroom.app.ui.vm.ViewerModel;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Audio meters beside the viewer: one vertical bar per channel on a dBFS scale (−60 to 0), the RMS level filled,
 * the sample peak as a line held for a moment and then falling, and a clip lamp on top that stays red after a
 * sample reached full scale until it is clicked. Follows {@link ViewerModel#meterProperty()}. FX thread.
 */
public final class AudioMeterView extends Region {
    static final double FLOOR_DB = -60;
    /** Peak-hold: frames a peak stays before it falls, and how fast it falls (dB a frame). */
    private static final int HOLD_FRAMES = 25;
    private static final double FALL_DB = 1.5;

    private final Canvas canvas = new Canvas();
    private final ViewerModel viewer;
    private double[] heldPeak = {FLOOR_DB, FLOOR_DB};
    private int[] held = new int[2];
    private AudioLevels shown = AudioLevels.SILENCE;

    public AudioMeterView(ViewerModel viewer) {
        this.viewer = viewer;
        setId("audio-meter");
        getStyleClass().add("audio-meter");
        getChildren().add(canvas);
        setMinWidth(30);
        setPrefWidth(30);
        Tooltip.install(this, new Tooltip("Audio meters (dBFS): RMS filled, peak as a line; the lamp on top turns red on a clip (click to reset)"));
        viewer.meterProperty().addListener((o, a, b) -> update(b));
        viewer.clippedProperty().addListener((o, a, b) -> draw());
        setOnMouseClicked(e -> viewer.resetClip());
    }

    /** The peak (in dBFS) the meter shows for channel {@code c} now, with hold and fall. */
    public double shownPeakDb(int c) { return c < heldPeak.length ? heldPeak[c] : FLOOR_DB; }

    /** The RMS (in dBFS) the meter shows for channel {@code c} now. */
    public double shownRmsDb(int c) { return c < shown.channels() ? Math.max(FLOOR_DB, AudioLevels.dbfs(shown.rms()[c])) : FLOOR_DB; }

    private void update(AudioLevels levels) {
        shown = levels;
        int n = Math.max(2, levels.channels());
        if (heldPeak.length != n) { heldPeak = new double[n]; held = new int[n]; java.util.Arrays.fill(heldPeak, FLOOR_DB); }
        for (int c = 0; c < n; c++) {
            double p = c < levels.channels() ? Math.max(FLOOR_DB, AudioLevels.dbfs(levels.peak()[c])) : FLOOR_DB;
            if (p >= heldPeak[c]) { heldPeak[c] = p; held[c] = HOLD_FRAMES; }
            else if (held[c] > 0) held[c]--;
            else heldPeak[c] = Math.max(p, heldPeak[c] - FALL_DB);
        }
        draw();
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(20, 20, 22));
        g.fillRect(0, 0, w, h);
        if (w < 4 || h < 20) return;
        double lamp = 8, top = lamp + 4, bars = h - top - 2;
        g.setFill(viewer.clippedProperty().get() ? Color.rgb(230, 40, 40) : Color.rgb(70, 30, 30));
        g.fillRect(2, 1, w - 4, lamp);
        int n = heldPeak.length;
        double bw = (w - 2 - 2 * n) / n;
        for (int c = 0; c < n; c++) {
            double x = 2 + c * (bw + 2);
            double rms = shownRmsDb(c);
            double y = top + bars * (1 - fraction(rms));
            g.setFill(rms > -6 ? Color.rgb(230, 180, 40) : Color.rgb(60, 190, 90));
            g.fillRect(x, y, bw, top + bars - y);
            double py = top + bars * (1 - fraction(heldPeak[c]));
            g.setFill(heldPeak[c] > -1 ? Color.rgb(230, 40, 40) : Color.rgb(220, 220, 220));
            g.fillRect(x, py, bw, 2);
        }
        g.setFill(Color.rgb(120, 120, 120));
        for (int db = -6; db >= FLOOR_DB; db -= 12) g.fillRect(0, top + bars * (1 - fraction(db)), 2, 1);
    }

    private static double fraction(double db) { return Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB)); }
}
