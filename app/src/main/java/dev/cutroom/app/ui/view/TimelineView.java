package dev.cutroom.app.ui.view;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.app.ui.vm.TimelineController;
import dev.cutroom.app.ui.vm.TimelineViewport;
import dev.cutroom.app.ui.vm.Timecode;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Set;

/**
 * The timeline: track headers (mute, solo, lock, hide) on the left, a canvas with the ruler and clips, a
 * horizontal scroll bar, and a vertical one when the tracks are taller than the view (the headers scroll with the
 * tracks; the ruler stays on top; the wheel scrolls vertically then, Shift+wheel horizontally, Ctrl+wheel zooms). The canvas draws only the clips inside the visible frames (binary search per track), so
 * its cost depends on what is on screen, not on the length of the timeline. Mouse gestures go to
 * {@link TimelineController}.
 */
public final class TimelineView extends BorderPane {
    public static final double HEADER_WIDTH = 150;
    private static final Color BG = Color.web("#1e1f22"), LANE_A = Color.web("#26282c"), LANE_B = Color.web("#2a2c31");
    private static final Color VIDEO = Color.web("#3f6fb5"), AUDIO = Color.web("#3f9a6e"), SELECTED = Color.web("#f0c24b");
    private static final Color PLAYHEAD = Color.web("#ff4d4d"), RULER_BG = Color.web("#17181a"), TEXT = Color.web("#e8e8e8");

    private final EditorModel model;
    private final TimelineViewport viewport = new TimelineViewport();
    private final TimelineController controller;
    private final Canvas canvas = new Canvas(800, 200);
    private final Pane canvasHolder = new Pane(canvas);
    private final VBox headers = new VBox();
    private final Pane headerViewport = new Pane(headers);
    private final ScrollBar hbar = new ScrollBar();
    private final ScrollBar vbar = new ScrollBar();
    private boolean redrawQueued;
    private long lastDrawNanos;
    private boolean syncingBar;

    private final ClipArt art;

    /** A timeline without thumbnails and waveforms (tests, benchmarks). */
    public TimelineView(EditorModel model) {
        this(model, null, null);
    }

    public TimelineView(EditorModel model, dev.cutroom.engine.cache.ThumbnailCache thumbnails, dev.cutroom.engine.cache.WaveformCache waveforms) {
        this.model = model;
        this.art = new ClipArt(model, thumbnails, waveforms, this::redraw);
        this.controller = new TimelineController(model, viewport);
        getStyleClass().add("timeline");
        canvas.setId("timeline-canvas");
        canvas.setFocusTraversable(true);
        canvasHolder.setMinSize(100, 60);
        canvas.widthProperty().bind(canvasHolder.widthProperty());
        canvas.heightProperty().bind(canvasHolder.heightProperty());
        viewport.widthProperty().bind(canvasHolder.widthProperty());
        viewport.heightProperty().bind(canvasHolder.heightProperty());
        headers.getStyleClass().add("track-headers");
        headers.setMinWidth(HEADER_WIDTH);
        headers.setPrefWidth(HEADER_WIDTH);
        headers.translateYProperty().bind(viewport.scrollYProperty().negate());
        headers.setId("track-headers");
        Region ruler = new Region();
        ruler.setMinHeight(TimelineViewport.RULER);
        ruler.setPrefHeight(TimelineViewport.RULER);
        ruler.getStyleClass().add("ruler-corner");
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(headerViewport.widthProperty());
        clip.heightProperty().bind(headerViewport.heightProperty());
        headerViewport.setClip(clip);
        headerViewport.setMinWidth(HEADER_WIDTH);
        headerViewport.setPrefWidth(HEADER_WIDTH);
        headerViewport.getStyleClass().add("track-headers");
        BorderPane left = new BorderPane(headerViewport);
        left.setTop(ruler);
        left.setMinHeight(0);
        headerViewport.setMinHeight(0);
        hbar.setOrientation(Orientation.HORIZONTAL);
        hbar.setId("timeline-scroll");
        vbar.setOrientation(Orientation.VERTICAL);
        vbar.setId("timeline-vscroll");
        vbar.managedProperty().bind(vbar.visibleProperty());
        vbar.setVisible(false);
        setLeft(left);
        setCenter(canvasHolder);
        setRight(vbar);
        setBottom(hbar);

        canvas.widthProperty().addListener(o -> redraw());
        canvas.heightProperty().addListener(o -> { viewport.clampScrollY(model.project().timeline().tracks()); syncVBar(); redraw(); });
        viewport.scrollYProperty().addListener(o -> { syncVBar(); redraw(); });
        viewport.pixelsPerFrameProperty().addListener(o -> { syncScrollBar(); redraw(); });
        viewport.scrollFramesProperty().addListener(o -> { syncScrollBar(); redraw(); });
        model.projectProperty().addListener((o, a, b) -> {
            if (a == null || b == null || a.timeline().tracks().size() != b.timeline().tracks().size()
                    || !sameTrackFlags(a.timeline().tracks(), b.timeline().tracks())) rebuildHeaders();
            syncScrollBar();
            viewport.clampScrollY(b.timeline().tracks());
            syncVBar();
            redraw();
        });
        model.playheadProperty().addListener(o -> redraw());
        model.markInProperty().addListener(o -> redraw());
        model.markOutProperty().addListener(o -> redraw());
        model.selection().addListener((javafx.collections.SetChangeListener<String>) c -> redraw());
        hbar.valueProperty().addListener((o, a, b) -> {
            if (!syncingBar) viewport.scrollFramesProperty().set(b.doubleValue());
        });
        vbar.valueProperty().addListener((o, a, b) -> {
            if (!syncingBar) viewport.setScrollY(model.project().timeline().tracks(), b.doubleValue());
        });
        headerViewport.setOnScroll(e -> {
            viewport.scrollYBy(model.project().timeline().tracks(), -e.getDeltaY());
            e.consume();
        });

        canvas.setOnMousePressed(e -> {
            canvas.requestFocus();
            if (e.getButton() != MouseButton.PRIMARY) return;
            controller.press(e.getX(), e.getY(), e.isShiftDown() || e.isShortcutDown(), e.isAltDown(), e.isShortcutDown());
            redraw();
        });
        canvas.setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            controller.drag(e.getX(), e.getY());
            if (e.getX() > canvas.getWidth() - 10) viewport.scrollBy(20);
            redraw();
        });
        canvas.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) return;
            controller.release(e.getX(), e.getY());
            redraw();
        });
        canvas.setOnMouseMoved(e -> {
            var hit = viewport.hit(model.project(), e.getX(), e.getY());
            canvas.setCursor(switch (hit.part()) {
                case HEAD, TAIL -> e.isShortcutDown() ? javafx.scene.Cursor.E_RESIZE : javafx.scene.Cursor.H_RESIZE;
                case CLIP -> javafx.scene.Cursor.OPEN_HAND;
                default -> javafx.scene.Cursor.DEFAULT;
            });
        });
        canvas.setOnScroll(e -> {
            List<Track> tracks = model.project().timeline().tracks();
            if (e.isShortcutDown()) viewport.zoom(e.getDeltaY() > 0 ? 1.25 : 0.8, e.getX());
            else if (!e.isShiftDown() && e.getDeltaX() == 0 && viewport.maxScrollY(tracks) > 0) viewport.scrollYBy(tracks, -e.getDeltaY());
            else viewport.scrollBy(-(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()) * 2);
            e.consume();
        });
        // media dragged from the bin lands at the end of the first tracks
        canvas.setOnDragOver(e -> {
            if (e.getDragboard().hasString() && e.getDragboard().getString().startsWith("media:")) e.acceptTransferModes(TransferMode.COPY);
        });
        canvas.setOnDragDropped(e -> {
            String id = e.getDragboard().getString().substring("media:".length());
            var item = model.project().mediaItem(id);
            e.setDropCompleted(item != null && model.appendToTimeline(item));
        });
        rebuildHeaders();
        syncScrollBar();
        syncVBar();
    }

    public TimelineViewport viewport() { return viewport; }

    /**
     * Shows {@code menu} on a right-click (or the keyboard's menu key) over a clip, after selecting that clip when
     * it was not selected yet, so the menu's actions apply to what was clicked.
     */
    public void setClipContextMenu(javafx.scene.control.ContextMenu menu) {
        canvas.setOnContextMenuRequested(e -> {
            TimelineViewport.Hit hit = viewport.hit(model.project(), e.getX(), e.getY());
            if (hit.clip() == null) return;
            if (!model.selection().contains(hit.clip().id())) model.select(hit.clip().id(), false);
            redraw();
            menu.show(canvas, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }
    public TimelineController controller() { return controller; }
    public Canvas canvas() { return canvas; }

    /** Nanoseconds the last full draw took (for the benchmark and the stats overlay). */
    public long lastDrawNanos() { return lastDrawNanos; }

    public void zoomIn() { viewport.zoom(1.5, viewport.frameToX(model.playhead())); }
    public void zoomOut() { viewport.zoom(1 / 1.5, viewport.frameToX(model.playhead())); }
    public void zoomToFit() { viewport.fit(Math.max(1, model.duration())); }

    private static boolean sameTrackFlags(List<Track> a, List<Track> b) {
        for (int i = 0; i < a.size(); i++) {
            Track x = a.get(i), y = b.get(i);
            if (!x.id().equals(y.id()) || x.muted() != y.muted() || x.solo() != y.solo() || x.locked() != y.locked() || x.hidden() != y.hidden()) return false;
        }
        return true;
    }

    private void syncScrollBar() {
        syncingBar = true;
        double visible = viewport.widthProperty().get() / viewport.ppf();
        hbar.setMin(0);
        hbar.setMax(Math.max(0, model.duration() + visible * 0.5 - visible));
        hbar.setVisibleAmount(visible);
        hbar.setUnitIncrement(Math.max(1, 20 / viewport.ppf()));
        hbar.setBlockIncrement(visible * 0.8);
        hbar.setValue(Math.min(hbar.getMax(), viewport.scroll()));
        syncingBar = false;
    }

    private void syncVBar() {
        syncingBar = true;
        List<Track> tracks = model.project().timeline().tracks();
        double max = viewport.maxScrollY(tracks);
        vbar.setVisible(max > 0);
        vbar.setMin(0);
        vbar.setMax(max);
        double page = Math.max(1, viewport.heightProperty().get() - TimelineViewport.RULER);
        // thumb length = page / content: visibleAmount / (max - min) is that ratio
        vbar.setVisibleAmount(max <= 0 ? 1 : page * max / Math.max(1, TimelineViewport.totalHeight(tracks) - TimelineViewport.RULER));
        vbar.setUnitIncrement(TimelineViewport.AUDIO_TRACK / 2);
        vbar.setBlockIncrement(page * 0.8);
        vbar.setValue(viewport.scrollY());
        syncingBar = false;
    }

    /** The vertical scroll bar (tests). */
    public ScrollBar verticalScrollBar() { return vbar; }

    private void rebuildHeaders() {
        headers.getChildren().clear();
        for (Track t : model.project().timeline().tracks()) headers.getChildren().add(header(t));
    }

    private Region header(Track t) {
        Label name = new Label(t.name());
        name.getStyleClass().add("track-name");
        name.setMinWidth(34);
        ToggleButton mute = toggle(t.kind() == TrackKind.AUDIO ? "M" : "M", "Mute", t.muted());
        ToggleButton solo = toggle("S", "Solo", t.solo());
        ToggleButton lock = toggle("L", "Lock", t.locked());
        ToggleButton hide = toggle("H", "Hide", t.hidden());
        mute.setId("mute-" + t.name());
        solo.setId("solo-" + t.name());
        lock.setId("lock-" + t.name());
        hide.setId("hide-" + t.name());
        Runnable apply = () -> model.setTrackFlags(t.id(), mute.isSelected(), solo.isSelected(), lock.isSelected(), hide.isSelected());
        for (ToggleButton b : List.of(mute, solo, lock, hide)) b.setOnAction(e -> apply.run());
        HBox box = new HBox(3, name, mute, solo, lock, hide);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 4, 0, 6));
        double h = TimelineViewport.trackHeight(t);
        box.setMinHeight(h);
        box.setPrefHeight(h);
        box.setMaxHeight(h);
        box.getStyleClass().addAll("track-header", t.kind() == TrackKind.VIDEO ? "video" : "audio");
        HBox.setHgrow(name, Priority.ALWAYS);
        return box;
    }

    private static ToggleButton toggle(String text, String tip, boolean on) {
        ToggleButton b = new ToggleButton(text);
        b.setSelected(on);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("track-toggle");
        b.setFocusTraversable(false);
        return b;
    }

    /** Coalesces redraw requests into one per pulse. */
    public void redraw() {
        if (redrawQueued) return;
        redrawQueued = true;
        javafx.application.Platform.runLater(() -> {
            redrawQueued = false;
            draw();
        });
    }

    /** Draws everything now (public for tests and the benchmark). */
    public void draw() {
        long t0 = System.nanoTime();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        TimelineController.Preview preview = controller.preview();
        Project p = preview != null && preview.project() != null ? preview.project() : model.project();
        List<Track> tracks = p.timeline().tracks();
        FrameRate rate = p.timeline().rate();
        g.setFill(BG);
        g.fillRect(0, 0, w, h);
        long f0 = viewport.firstVisibleFrame(), f1 = viewport.lastVisibleFrame();
        Set<String> selection = model.selection();
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.CENTER);
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            double y = viewport.trackY(tracks, t), th = TimelineViewport.trackHeight(track);
            if (y > h) break;
            if (y + th < TimelineViewport.RULER) continue; // scrolled up under the ruler
            g.setFill(t % 2 == 0 ? LANE_A : LANE_B);
            g.fillRect(0, y, w, th);
            List<Clip> clips = track.clips();
            boolean dim = track.hidden() || track.muted();
            for (int i = Track.firstEndingAfter(clips, f0); i < clips.size(); i++) {
                Clip c = clips.get(i);
                if (c.start() > f1) break;
                drawClip(g, c, track, y, th, selection.contains(c.id()), dim, w);
            }
            if (track.locked()) {
                g.setFill(Color.color(0, 0, 0, 0.35));
                g.fillRect(0, y, w, th);
            }
            g.setStroke(Color.web("#15161a"));
            g.strokeLine(0, y + th - 0.5, w, y + th - 0.5);
        }
        if (preview != null) drawPreview(g, preview, tracks, h);
        drawRuler(g, p, rate, w, f0, f1);
        double px = viewport.frameToX(model.playhead());
        if (px >= -1 && px <= w + 1) {
            g.setStroke(PLAYHEAD);
            g.setLineWidth(1.5);
            g.strokeLine(px, 0, px, h);
            g.setFill(PLAYHEAD);
            g.fillPolygon(new double[] {px - 6, px + 6, px}, new double[] {0, 0, 10}, 3);
            g.setLineWidth(1);
        }
        lastDrawNanos = System.nanoTime() - t0;
    }

    private void drawClip(GraphicsContext g, Clip c, Track track, double y, double th, boolean selected, boolean dim, double w) {
        double x0 = viewport.frameToX(c.start()), x1 = viewport.frameToX(c.end());
        double cx0 = Math.max(x0, -2), cx1 = Math.min(x1, w + 2);
        double cw = Math.max(1, cx1 - cx0);
        Color base = track.kind() == TrackKind.VIDEO ? VIDEO : AUDIO;
        if (!c.enabled()) base = base.desaturate().darker();
        if (dim) base = base.darker();
        g.setFill(base);
        g.fillRoundRect(cx0 + 0.5, y + 3, cw - 1, th - 6, 5, 5);
        g.setFill(base.brighter());
        g.fillRect(cx0 + 0.5, y + 3, cw - 1, 3);
        if (track.kind() == TrackKind.AUDIO) drawWaveform(g, c, x0, cx0, cw, y, th);
        else drawThumbnail(g, c, x0, x1, cx0, cw, y, th);
        if (selected) {
            g.setStroke(SELECTED);
            g.setLineWidth(2);
            g.strokeRoundRect(cx0 + 1, y + 4, cw - 2, th - 8, 5, 5);
            g.setLineWidth(1);
        } else {
            g.setStroke(Color.color(0, 0, 0, 0.5));
            g.strokeRoundRect(cx0 + 0.5, y + 3.5, cw - 1, th - 7, 5, 5);
        }
        if (!c.markers().isEmpty()) drawClipMarkers(g, c, y, th, cx0, cx1);
        if (cw > 24) {
            double tx = Math.max(x0, 0) + 6;
            boolean generated = c.activeTake().isGenerated();
            if (generated) {
                // generated-take mark: an amber badge with "AI" at the clip's left
                g.setFill(Color.web("#ffb020"));
                g.fillRoundRect(tx - 2, y + 8, 20, 14, 4, 4);
                g.setFill(Color.BLACK);
                g.setTextAlign(TextAlignment.LEFT);
                g.fillText("AI", tx + 1, y + 15);
                tx += 24;
            }
            g.setFill(TEXT);
            g.setTextAlign(TextAlignment.LEFT);
            String label = c.shownName() + (c.takes().size() > 1 && !c.activeTake().label().equals(c.shownName()) ? "  [" + c.activeTake().label() + "]" : "")
                    + (c.speed().compareTo(dev.cutroom.timeline.model.Rational.ONE) != 0 ? "  " + c.speed() + "x" : "");
            g.save();
            g.beginPath();
            g.rect(cx0, y, cw - 4, th);
            g.clip();
            g.fillText(label, tx, y + 15);
            g.restore();
        }
    }

    /**
     * Clip markers: a small flag at the foot of the clip where it plays the marked source moment (ticks for a span),
     * so that they are told apart from the timeline's markers in the ruler and visibly move with the clip.
     */
    private void drawClipMarkers(GraphicsContext g, Clip c, double y, double th, double cx0, double cx1) {
        FrameRate rate = model.project().timeline().rate();
        double bottom = y + th - 4;
        for (var m : c.visibleMarkers(rate)) {
            double x = viewport.frameToX(0) + c.markerPosition(rate, m).toDouble() * viewport.ppf();
            if (x < cx0 - 1 || x > cx1 + 1) continue;
            Color colour = m.colour() != null ? safeColor(m.colour()) : Color.ORANGE;
            g.setFill(colour);
            g.fillPolygon(new double[] {x - 4, x + 4, x}, new double[] {bottom, bottom, bottom - 6}, 3);
            double span = m.duration().dividedBy(c.speed()).times(rate.fps()).toDouble() * viewport.ppf();
            if (span >= 2) {
                g.setStroke(colour);
                g.strokeLine(x, bottom - 0.5, Math.min(cx1, x + span), bottom - 0.5);
            }
        }
    }

    /** Min/max peaks per pixel column of the visible part, scaled by the clip's volume. */
    private void drawWaveform(GraphicsContext g, Clip c, double clipX, double cx0, double cw, double y, double th) {
        var take = c.activeTake();
        var wf = art.waveform(model.project().mediaItem(take.mediaId()));
        double mid = y + 12 + (th - 16) / 2, half = (th - 20) / 2;
        if (wf != null && c.enabled()) {
            FrameRate rate = model.project().timeline().rate();
            double gain = Math.min(2, c.volume());
            g.setStroke(Color.color(0.85, 1, 0.9, 0.55));
            double ppf = viewport.ppf(), fps = rate.toDouble(), speed = c.speed().toDouble();
            double mediaStart = take.toMediaTime(c.sourceIn()).toDouble();
            for (double x = Math.floor(cx0) + 1; x < cx0 + cw - 1; x += 1) {
                double f0 = (x - clipX) / ppf, f1 = (x + 1 - clipX) / ppf;
                int b0 = (int) ((mediaStart + f0 / fps * speed) * ClipArt.BUCKETS_PER_SECOND);
                int b1 = Math.max(b0 + 1, (int) ((mediaStart + f1 / fps * speed) * ClipArt.BUCKETS_PER_SECOND));
                float lo = 0, hi = 0;
                for (int b = Math.max(0, b0); b < Math.min(wf.buckets(), b1); b++) { lo = Math.min(lo, wf.min()[b]); hi = Math.max(hi, wf.max()[b]); }
                if (hi - lo < 0.002) continue;
                g.strokeLine(x + 0.5, mid - Math.min(1, hi * gain) * half, x + 0.5, mid - Math.max(-1, lo * gain) * half);
            }
        }
        double level = Math.min(1, c.volume() / 2);
        double ly = y + th - 4 - (th - 16) * level;
        g.setStroke(Color.color(1, 0.85, 0.3, 0.5));
        g.strokeLine(cx0 + 2, ly, cx0 + cw - 2, ly);
    }

    /** A picture of the clip's first frame at its head (and last frame at its tail when there is room). */
    private void drawThumbnail(GraphicsContext g, Clip c, double x0, double x1, double cx0, double cw, double y, double th) {
        double h = th - 24, w = h * 16 / 9;
        if (x1 - x0 < w + 8) return;
        var take = c.activeTake();
        var item = model.project().mediaItem(take.mediaId());
        FrameRate rate = model.project().timeline().rate();
        javafx.scene.image.Image head = art.thumbnail(item, take.toMediaTime(c.sourceIn()));
        if (head != null && x0 + 2 + w > cx0) g.drawImage(head, x0 + 2, y + 20, w, h);
        if (x1 - x0 > 3 * w) {
            javafx.scene.image.Image tail = art.thumbnail(item, take.toMediaTime(c.sourceTimeAt(rate, c.end() - 1)));
            if (tail != null && x1 - 2 - w < cx0 + cw) g.drawImage(tail, x1 - 2 - w, y + 20, w, h);
        }
    }

    private void drawPreview(GraphicsContext g, TimelineController.Preview pv, List<Track> tracks, double h) {
        for (TimelineController.Ghost gh : pv.ghosts()) {
            double y = viewport.trackY(tracks, gh.trackIndex()), th = TimelineViewport.trackHeight(tracks.get(gh.trackIndex()));
            double x0 = viewport.frameToX(gh.start()), x1 = viewport.frameToX(gh.start() + gh.duration());
            g.setFill(pv.ghostsValid() ? Color.color(1, 1, 1, 0.18) : Color.color(1, 0.2, 0.2, 0.3));
            g.fillRoundRect(x0, y + 3, Math.max(1, x1 - x0), th - 6, 5, 5);
            g.setStroke(pv.ghostsValid() ? Color.WHITE : Color.RED);
            g.strokeRoundRect(x0, y + 3, Math.max(1, x1 - x0), th - 6, 5, 5);
        }
        if (pv.marquee() != null) {
            double[] m = pv.marquee();
            double x = Math.min(m[0], m[2]), y = Math.min(m[1], m[3]);
            g.setFill(Color.color(0.4, 0.6, 1, 0.15));
            g.fillRect(x, y, Math.abs(m[2] - m[0]), Math.abs(m[3] - m[1]));
            g.setStroke(Color.web("#6fa0ff"));
            g.strokeRect(x, y, Math.abs(m[2] - m[0]), Math.abs(m[3] - m[1]));
        }
        String words = controller.feedback();
        if (!words.isEmpty()) {
            // the change and the result while dragging, at the top left of the tracks
            g.setFont(Font.font(12));
            double tw = words.length() * 7 + 12;
            g.setFill(Color.color(0, 0, 0, 0.75));
            g.fillRoundRect(6, TimelineViewport.RULER + 4, tw, 20, 6, 6);
            g.setFill(Color.WHITE);
            g.setTextAlign(javafx.scene.text.TextAlignment.LEFT);
            g.fillText(words, 12, TimelineViewport.RULER + 14);
            g.setFont(Font.font(11));
        }
        if (pv.snapFrame() >= 0 && pv.ghosts().isEmpty() == (pv.project() != null)) {
            double sx = viewport.frameToX(pv.snapFrame());
            g.setStroke(Color.web("#7ff7ff"));
            g.setLineDashes(4, 3);
            g.strokeLine(sx, 0, sx, h);
            g.setLineDashes();
        }
    }

    private void drawRuler(GraphicsContext g, Project p, FrameRate rate, double w, long f0, long f1) {
        g.setFill(RULER_BG);
        g.fillRect(0, 0, w, TimelineViewport.RULER);
        long in = model.markInProperty().get(), out = model.markOutProperty().get();
        if (in >= 0 || out >= 0) {
            double a = viewport.frameToX(Math.max(0, in)), b = viewport.frameToX(out >= 0 ? out : Math.max(in, model.duration()));
            g.setFill(Color.color(0.3, 0.55, 1, 0.35));
            g.fillRect(a, 0, Math.max(1, b - a), TimelineViewport.RULER);
        }
        double fps = rate.toDouble();
        // a labelled tick at least every 80 pixels, at a round number of seconds (or frames when zoomed in)
        double[] steps = {1, 2, 5, 10, fps / 2, fps, 2 * fps, 5 * fps, 10 * fps, 30 * fps, 60 * fps, 120 * fps, 300 * fps, 600 * fps, 1800 * fps, 3600 * fps};
        double step = steps[steps.length - 1];
        for (double s : steps) if (s * viewport.ppf() >= 80) { step = s; break; }
        long st = Math.max(1, Math.round(step));
        g.setStroke(Color.web("#6b6e75"));
        g.setFill(Color.web("#b9bcc3"));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFont(Font.font(10));
        for (long f = (f0 / st) * st; f <= f1; f += st) {
            double x = Math.floor(viewport.frameToX(f)) + 0.5;
            g.strokeLine(x, TimelineViewport.RULER - 10, x, TimelineViewport.RULER);
            g.fillText(Timecode.format(f, rate), x + 3, 9);
            double minor = viewport.frameToX(f) + st * viewport.ppf() / 2;
            g.strokeLine(Math.floor(minor) + 0.5, TimelineViewport.RULER - 4, Math.floor(minor) + 0.5, TimelineViewport.RULER);
        }
        for (Marker m : p.timeline().markers()) {
            double x = viewport.frameToX(m.frame());
            if (x < -10 || x > w + 10) continue;
            g.setFill(m.colour() != null ? safeColor(m.colour()) : Color.ORANGE);
            g.fillPolygon(new double[] {x - 5, x + 5, x + 5, x, x - 5}, new double[] {12, 12, 20, 25, 20}, 5);
        }
    }

    private static Color safeColor(String c) {
        try { return Color.web(c); } catch (IllegalArgumentException e) { return Color.ORANGE; }
    }
}
