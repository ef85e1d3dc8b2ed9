package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;

import java.util.List;

/**
 * Geometry of the timeline view: zoom (pixels per frame), horizontal scroll (first visible frame), vertical
 * scroll (pixels of tracks scrolled up under the ruler, when the tracks are taller than the view) and track
 * heights. Pure maths, so hit tests and snapping are tested without a window. x is measured from the left of the
 * clip area, y from the top of the view (the ruler is on top and does not scroll). The static methods work in
 * content coordinates (no vertical scroll); {@link #trackY}, {@link #trackAtY} and {@link #hit} in view ones.
 */
public final class TimelineViewport {
    public static final double RULER = 26;
    public static final double VIDEO_TRACK = 62;
    public static final double AUDIO_TRACK = 46;
    public static final double EDGE_GRAB = 6;
    public static final double MIN_PPF = 0.02, MAX_PPF = 40;

    private final DoubleProperty pixelsPerFrame = new SimpleDoubleProperty(this, "pixelsPerFrame", 4);
    private final DoubleProperty scrollFrames = new SimpleDoubleProperty(this, "scrollFrames", 0);
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 800);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 300);
    private final DoubleProperty scrollY = new SimpleDoubleProperty(this, "scrollY", 0);

    public DoubleProperty pixelsPerFrameProperty() { return pixelsPerFrame; }
    public DoubleProperty scrollFramesProperty() { return scrollFrames; }
    public DoubleProperty widthProperty() { return width; }
    /** Height of the whole view, ruler included. */
    public DoubleProperty heightProperty() { return height; }
    /** Pixels of the track area scrolled up (0 shows the first track under the ruler). */
    public DoubleProperty scrollYProperty() { return scrollY; }
    public double scrollY() { return scrollY.get(); }
    public double ppf() { return pixelsPerFrame.get(); }
    public double scroll() { return scrollFrames.get(); }

    public double frameToX(long frame) { return (frame - scroll()) * ppf(); }

    /** The frame boundary nearest to x (for placing edges and the playhead). */
    public long xToFrame(double x) { return Math.round(x / ppf() + scroll()); }

    /** The frame under x (floor). */
    public long xToFrameFloor(double x) { return (long) Math.floor(x / ppf() + scroll()); }

    public long firstVisibleFrame() { return (long) Math.floor(scroll()); }

    public long lastVisibleFrame() { return (long) Math.ceil(scroll() + width.get() / ppf()); }

    public static double trackHeight(Track t) { return t.kind() == TrackKind.VIDEO ? VIDEO_TRACK : AUDIO_TRACK; }

    public static double trackTop(List<Track> tracks, int index) {
        double y = RULER;
        for (int i = 0; i < index; i++) y += trackHeight(tracks.get(i));
        return y;
    }

    /** Track index at y, or -1 (ruler or below the last track). */
    public static int trackAt(List<Track> tracks, double y) {
        double top = RULER;
        for (int i = 0; i < tracks.size(); i++) {
            double h = trackHeight(tracks.get(i));
            if (y >= top && y < top + h) return i;
            top += h;
        }
        return -1;
    }

    public static double totalHeight(List<Track> tracks) { return trackTop(tracks, tracks.size()); }

    /** Top of a track in view coordinates (may be above the ruler or below the view when scrolled). */
    public double trackY(List<Track> tracks, int index) { return trackTop(tracks, index) - scrollY(); }

    /** Track index at view y, or -1 (ruler, or below the last track). */
    public int trackAtY(List<Track> tracks, double y) {
        if (y < RULER) return -1;
        return trackAt(tracks, y + scrollY());
    }

    /** How far the tracks can scroll up: what does not fit under the ruler. */
    public double maxScrollY(List<Track> tracks) { return Math.max(0, totalHeight(tracks) - height.get()); }

    /** Scrolls the tracks vertically by {@code pixels} (positive: further down the track list), within bounds. */
    public void scrollYBy(List<Track> tracks, double pixels) { setScrollY(tracks, scrollY() + pixels); }

    public void setScrollY(List<Track> tracks, double value) { scrollY.set(Math.max(0, Math.min(maxScrollY(tracks), value))); }

    /** Keeps the vertical scroll within bounds after tracks were removed or the view grew. */
    public void clampScrollY(List<Track> tracks) { setScrollY(tracks, scrollY()); }

    /** Zooms by {@code factor} keeping the frame under {@code anchorX} in place. */
    public void zoom(double factor, double anchorX) {
        double frameAtAnchor = anchorX / ppf() + scroll();
        double next = Math.max(MIN_PPF, Math.min(MAX_PPF, ppf() * factor));
        pixelsPerFrame.set(next);
        scrollFrames.set(Math.max(0, frameAtAnchor - anchorX / next));
    }

    /** Zoom so that {@code frames} fill the width. */
    public void fit(long frames) {
        double ppf = Math.max(MIN_PPF, Math.min(MAX_PPF, (width.get() - 20) / Math.max(1, frames)));
        pixelsPerFrame.set(ppf);
        scrollFrames.set(0);
    }

    public void scrollBy(double pixels) { scrollFrames.set(Math.max(0, scroll() + pixels / ppf())); }

    /** Scrolls so the frame is visible (page-wise, as editors do during playback). */
    public void reveal(long frame) {
        double x = frameToX(frame);
        if (x < 0 || x > width.get() - 10) scrollFrames.set(Math.max(0, frame - 0.1 * width.get() / ppf()));
    }

    /** What is under a point. */
    public enum Part { RULER, CLIP, HEAD, TAIL, EMPTY, NOWHERE }

    public record Hit(Part part, int trackIndex, Clip clip) {}

    public Hit hit(Project p, double x, double y) {
        if (y < RULER) return new Hit(Part.RULER, -1, null);
        List<Track> tracks = p.timeline().tracks();
        int t = trackAtY(tracks, y);
        if (t < 0) return new Hit(Part.NOWHERE, -1, null);
        List<Clip> clips = tracks.get(t).clips();
        long frame = xToFrameFloor(x);
        // an edge grab may reach a few pixels outside the clip: look at neighbours too
        int i = Track.firstEndingAfter(clips, xToFrameFloor(x - EDGE_GRAB));
        for (; i < clips.size(); i++) {
            Clip c = clips.get(i);
            double x0 = frameToX(c.start()), x1 = frameToX(c.end());
            if (x0 > x + EDGE_GRAB) break;
            double grab = Math.min(EDGE_GRAB, (x1 - x0) / 3);
            if (Math.abs(x - x0) <= grab) return new Hit(Part.HEAD, t, c);
            if (Math.abs(x - x1) <= grab) return new Hit(Part.TAIL, t, c);
            if (frame >= c.start() && frame < c.end()) return new Hit(Part.CLIP, t, c);
        }
        return new Hit(Part.EMPTY, t, null);
    }
}
