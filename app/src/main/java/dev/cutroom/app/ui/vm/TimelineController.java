package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.Command;
import dev.cutroom.timeline.command.CompoundCommand;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.command.Roll;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mouse gestures on the timeline, as a state machine over view coordinates: scrub on the ruler, click and
 * shift-click to select, marquee on empty space, drag clips to move them (within and across tracks), drag edges
 * to trim (Alt: ripple trim; Ctrl on a cut between two touching clips: roll edit); with snapping. The view forwards press/drag/release and draws {@link #preview()}; the edit is made on
 * release as one undo step. No JavaFX nodes, so tests drive it with coordinates.
 */
public final class TimelineController {
    public enum Mode { IDLE, SCRUB, PRESSED_CLIP, MOVE, TRIM, ROLL, MARQUEE }

    /** A clip outline to draw while moving: where it would land, and whether the move is allowed there. */
    public record Ghost(int trackIndex, long start, long duration) {}

    /** What the view draws during a gesture. {@code project} replaces the real one while trimming. */
    public record Preview(Project project, List<Ghost> ghosts, boolean ghostsValid, double[] marquee, long snapFrame) {}

    private static final double DRAG_THRESHOLD = 4;
    private static final double SNAP_PIXELS = 8;

    private final EditorModel model;
    private final TimelineViewport viewport;
    private Mode mode = Mode.IDLE;
    private double pressX, pressY;
    private boolean pressShift;
    private Clip pressClip;
    private int pressTrack;
    private RippleTrim.Edge trimEdge;
    private Preview preview;
    private long moveDelta;
    private int moveTrackDelta;
    private Set<String> moving = Set.of();
    private boolean ripple;
    private Clip rollLeft, rollRight;

    public TimelineController(EditorModel model, TimelineViewport viewport) {
        this.model = model;
        this.viewport = viewport;
    }

    public Mode mode() { return mode; }

    public Preview preview() { return preview; }

    /**
     * What the gesture under way does, in words, for a label beside the pointer: the time a move shifts by and the
     * new start, a trim's change and the clip's new length, a roll's shift; empty when no gesture is under way.
     */
    public String feedback() {
        Project p = model.project();
        var rate = p.timeline().rate();
        return switch (mode) {
            case MOVE -> "Move " + signed(moveDelta, rate) + "  →  starts " + Timecode.format(Math.max(0, pressClip.start() + moveDelta), rate)
                    + (moveTrackDelta == 0 ? "" : "  (" + (moveTrackDelta > 0 ? "+" : "") + moveTrackDelta + " track" + (Math.abs(moveTrackDelta) == 1 ? "" : "s") + ")");
            case TRIM -> {
                Clip now = preview == null || preview.project() == null ? null : find(preview.project(), pressClip.id());
                long length = now == null ? pressClip.duration() : now.duration();
                yield "Trim " + (trimEdge == RippleTrim.Edge.IN ? "head " : "tail ") + signed(length - pressClip.duration(), rate)
                        + "  →  " + Timecode.format(length, rate) + " long";
            }
            case ROLL -> "Roll " + signed(preview == null || preview.snapFrame() < 0 ? 0 : preview.snapFrame() - rollLeft.end(), rate);
            default -> "";
        };
    }

    private static String signed(long frames, dev.cutroom.timeline.model.FrameRate rate) {
        return (frames < 0 ? "−" : "+") + Timecode.format(Math.abs(frames), rate);
    }

    private static Clip find(Project p, String clipId) {
        var place = p.timeline().find(clipId);
        return place == null ? null : place.clip();
    }

    public TimelineViewport viewport() { return viewport; }

    public void press(double x, double y, boolean shift) {
        press(x, y, shift, false);
    }

    /** @param alt ripple modifier: an edge drag becomes a ripple trim (later clips on the track follow) */
    public void press(double x, double y, boolean shift, boolean alt) {
        press(x, y, shift, alt, false);
    }

    /**
     * @param alt  ripple modifier: an edge drag becomes a ripple trim (later clips on the track follow)
     * @param roll roll modifier: on a cut between two touching clips, the drag moves the cut (the left clip's end and
     *             the right clip's start together, nothing else moves); on a free edge it is an ordinary trim
     */
    public void press(double x, double y, boolean shift, boolean alt, boolean roll) {
        Project p = model.project();
        ripple = alt;
        rollLeft = rollRight = null;
        TimelineViewport.Hit hit = viewport.hit(p, x, y);
        pressX = x;
        pressY = y;
        pressShift = shift;
        preview = null;
        switch (hit.part()) {
            case RULER -> {
                mode = Mode.SCRUB;
                model.seek(viewport.xToFrame(x));
            }
            case HEAD, TAIL -> {
                mode = Mode.TRIM;
                pressClip = hit.clip();
                pressTrack = hit.trackIndex();
                trimEdge = hit.part() == TimelineViewport.Part.HEAD ? RippleTrim.Edge.IN : RippleTrim.Edge.OUT;
                if (roll && !alt) {
                    Clip[] pair = cutAt(p.timeline().tracks().get(pressTrack), pressClip, trimEdge);
                    if (pair != null) {
                        mode = Mode.ROLL;
                        rollLeft = pair[0];
                        rollRight = pair[1];
                    }
                }
                if (!model.selection().contains(pressClip.id())) model.select(pressClip.id(), false);
            }
            case CLIP -> {
                mode = Mode.PRESSED_CLIP;
                pressClip = hit.clip();
                pressTrack = hit.trackIndex();
                if (shift) {
                    model.select(pressClip.id(), true);
                } else if (!model.selection().contains(pressClip.id())) {
                    model.select(pressClip.id(), false);
                } else {
                    model.focusedClipProperty().set(pressClip.id());
                }
            }
            case EMPTY, NOWHERE -> {
                mode = Mode.MARQUEE;
                if (!shift) model.select(null, false);
                preview = new Preview(null, List.of(), true, new double[] {x, y, x, y}, -1);
            }
        }
    }

    public void drag(double x, double y) {
        Project p = model.project();
        switch (mode) {
            case SCRUB -> model.seek(viewport.xToFrame(x));
            case PRESSED_CLIP -> {
                if (Math.hypot(x - pressX, y - pressY) >= DRAG_THRESHOLD && model.selection().contains(pressClip.id())) {
                    mode = Mode.MOVE;
                    moving = LinkedEdits.withPartners(p, model.selection());
                    drag(x, y);
                }
            }
            case MOVE -> updateMove(p, x, y);
            case TRIM -> {
                long frame = snap(p, viewport.xToFrame(x), Set.of(pressClip.id()));
                Project trimmed;
                try {
                    trimmed = (ripple ? rippleTrim(pressClip.id(), frame) : LinkedEdits.trimTo(p, pressClip.id(), trimEdge, frame)).apply(p).after();
                } catch (EditException e) {
                    trimmed = p;
                }
                preview = new Preview(trimmed, List.of(), true, null, frame);
            }
            case ROLL -> {
                Set<String> ignore = new HashSet<>();
                for (Clip c : LinkedEdits.group(p, rollLeft.id())) ignore.add(c.id());
                for (Clip c : LinkedEdits.group(p, rollRight.id())) ignore.add(c.id());
                long frame = snap(p, viewport.xToFrame(x), ignore);
                Project rolled;
                try {
                    rolled = frame == rollLeft.end() ? p : roll(p, frame - rollLeft.end()).apply(p).after();
                } catch (EditException | IllegalArgumentException e) {
                    rolled = p;
                }
                preview = new Preview(rolled, List.of(), true, null, frame);
            }
            case MARQUEE -> preview = new Preview(null, List.of(), true, new double[] {pressX, pressY, x, y}, -1);
            default -> { }
        }
    }

    /** The two touching clips at the pressed edge (left, right), or null when the edge is not a cut. */
    private static Clip[] cutAt(Track track, Clip clip, RippleTrim.Edge edge) {
        List<Clip> clips = track.clips();
        int i = clips.indexOf(clip);
        if (i < 0) return null;
        if (edge == RippleTrim.Edge.OUT && i + 1 < clips.size() && clips.get(i + 1).start() == clip.end()) return new Clip[] {clip, clips.get(i + 1)};
        if (edge == RippleTrim.Edge.IN && i > 0 && clips.get(i - 1).end() == clip.start()) return new Clip[] {clips.get(i - 1), clip};
        return null;
    }

    /**
     * The roll of the pressed cut by {@code delta}, with the same roll on the linked partners' cut (a linked left
     * clip whose partner touches a linked partner of the right clip on the same track), as one command. The
     * partners' roll uses the delta the pressed cut really got (it may be clamped by the media's length).
     */
    private Command roll(Project p, long delta) {
        var main = new Roll(rollLeft.id(), rollRight.id(), delta);
        Project after = main.apply(p).after();
        Timeline.ClipPlace moved = after.timeline().find(rollLeft.id());
        long actual = moved.clip().end() - rollLeft.end();
        List<Command> all = new ArrayList<>();
        all.add(new Roll(rollLeft.id(), rollRight.id(), actual));
        List<Clip> rights = LinkedEdits.group(p, rollRight.id());
        for (Clip l : LinkedEdits.group(p, rollLeft.id())) {
            if (l.id().equals(rollLeft.id())) continue;
            for (Clip r : rights) {
                if (r.id().equals(rollRight.id()) || r.start() != l.end()) continue;
                Timeline.ClipPlace ll = p.timeline().find(l.id()), rl = p.timeline().find(r.id());
                if (ll != null && rl != null && ll.trackIndex() == rl.trackIndex()) all.add(new Roll(l.id(), r.id(), actual));
            }
        }
        return all.size() == 1 ? all.getFirst() : new CompoundCommand("Roll edit", all);
    }

    /** The clips of the cut being rolled (left, right), or null when no roll is under way. */
    public Clip[] rollingCut() { return mode == Mode.ROLL ? new Clip[] {rollLeft, rollRight} : null; }

    private void updateMove(Project p, double x, double y) {
        long rawDelta = Math.round((x - pressX) / viewport.ppf());
        // snap whichever edge of the dragged clip lands nearest a target
        long start = pressClip.start() + rawDelta, end = pressClip.end() + rawDelta;
        long snappedStart = snap(p, start, moving), snappedEnd = snap(p, end, moving);
        long delta = rawDelta;
        long snapFrame = -1;
        if (snappedStart != start && (snappedEnd == end || Math.abs(snappedStart - start) <= Math.abs(snappedEnd - end))) {
            delta = rawDelta + snappedStart - start;
            snapFrame = snappedStart;
        } else if (snappedEnd != end) {
            delta = rawDelta + snappedEnd - end;
            snapFrame = snappedEnd;
        }
        List<Track> tracks = p.timeline().tracks();
        double contentY = Math.max(TimelineViewport.RULER, y) + viewport.scrollY();
        int overTrack = TimelineViewport.trackAt(tracks, Math.min(contentY, TimelineViewport.totalHeight(tracks) - 1));
        TrackKind kind = tracks.get(pressTrack).kind();
        int trackDelta = 0;
        if (overTrack >= 0 && tracks.get(overTrack).kind() == kind) trackDelta = sameKindIndex(tracks, overTrack) - sameKindIndex(tracks, pressTrack);
        long minStart = Long.MAX_VALUE;
        for (String id : moving) {
            Timeline.ClipPlace l = p.timeline().find(id);
            if (l != null) minStart = Math.min(minStart, l.clip().start());
        }
        if (minStart != Long.MAX_VALUE && minStart + delta < 0) delta = -minStart;
        moveDelta = delta;
        moveTrackDelta = trackDelta;
        boolean valid;
        try {
            if (delta != 0 || trackDelta != 0) LinkedEdits.moveClips(p, moving, delta, trackDelta, kind).apply(p);
            valid = true;
        } catch (EditException e) {
            valid = false;
        }
        List<Ghost> ghosts = new ArrayList<>();
        for (String id : moving) {
            Timeline.ClipPlace l = p.timeline().find(id);
            if (l == null) continue;
            int t = l.trackIndex();
            if (l.track().kind() == kind && trackDelta != 0) {
                int pos = sameKindIndex(tracks, t) + trackDelta;
                int idx = nthOfKind(tracks, kind, pos);
                if (idx >= 0) t = idx;
            }
            ghosts.add(new Ghost(t, l.clip().start() + delta, l.clip().duration()));
        }
        preview = new Preview(null, ghosts, valid, null, snapFrame);
    }

    public void release(double x, double y) {
        drag(x, y);
        Project p = model.project();
        switch (mode) {
            case MOVE -> {
                if (moveDelta != 0 || moveTrackDelta != 0) {
                    model.moveClips(moving, moveDelta, moveTrackDelta, p.timeline().tracks().get(pressTrack).kind());
                }
            }
            case TRIM -> {
                if (preview != null && preview.project() != p) {
                    long frame = preview.snapFrame();
                    if (ripple) model.execute(rippleTrim(pressClip.id(), frame));
                    else model.trim(pressClip.id(), trimEdge, frame);
                }
            }
            case ROLL -> {
                if (preview != null && preview.project() != p) model.execute(roll(p, preview.snapFrame() - rollLeft.end()));
            }
            case MARQUEE -> selectInside(p, pressX, pressY, x, y);
            // pressing a clip of a group keeps the group so that it can be dragged; a click without a drag
            // selects that clip alone, as in every NLE (modifiers extend)
            case PRESSED_CLIP -> { if (!pressShift) model.select(pressClip.id(), false); }
            default -> { }
        }
        mode = Mode.IDLE;
        rollLeft = rollRight = null;
        preview = null;
        moving = Set.of();
    }

    /** The ripple trim (with linked partners) that brings the pressed edge to {@code frame}. */
    private Command rippleTrim(String clipId, long frame) {
        boolean head = trimEdge == RippleTrim.Edge.IN;
        long delta = head ? frame - pressClip.start() : frame - pressClip.end();
        return LinkedEdits.rippleTrim(model.project(), clipId,
                head ? RippleTrim.Edge.IN : RippleTrim.Edge.OUT, delta);
    }

    private void selectInside(Project p, double x0, double y0, double x1, double y1) {
        double left = Math.min(x0, x1), right = Math.max(x0, x1), top = Math.min(y0, y1), bottom = Math.max(y0, y1);
        if (right - left < 2 && bottom - top < 2) return;
        List<Track> tracks = p.timeline().tracks();
        long f0 = viewport.xToFrameFloor(left), f1 = viewport.xToFrameFloor(right);
        Set<String> hits = new HashSet<>();
        for (int t = 0; t < tracks.size(); t++) {
            double ty = viewport.trackY(tracks, t), th = TimelineViewport.trackHeight(tracks.get(t));
            if (ty + th < top || ty > bottom) continue;
            List<Clip> clips = tracks.get(t).clips();
            for (int i = Track.firstEndingAfter(clips, f0); i < clips.size() && clips.get(i).start() <= f1; i++) hits.add(clips.get(i).id());
        }
        model.selectAll(hits, pressShift);
    }

    private long snap(Project p, long frame, Set<String> ignore) {
        if (!model.snappingProperty().get()) return frame;
        long max = Math.max(0, Math.round(SNAP_PIXELS / viewport.ppf()));
        return Snapper.snap(p, frame, max, ignore, model.playhead(), model.markInProperty().get(), model.markOutProperty().get());
    }

    private static int sameKindIndex(List<Track> tracks, int index) {
        int n = 0;
        for (int i = 0; i < index; i++) if (tracks.get(i).kind() == tracks.get(index).kind()) n++;
        return n;
    }

    private static int nthOfKind(List<Track> tracks, TrackKind kind, int n) {
        for (int i = 0; i < tracks.size(); i++) if (tracks.get(i).kind() == kind && n-- == 0) return i;
        return -1;
    }
}
