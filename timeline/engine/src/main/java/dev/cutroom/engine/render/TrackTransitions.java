package dev.cutroom.engine.render;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.Transition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The transitions of one track that the renderer draws, looked up by frame. Transitions of kinds it
 * cannot draw, on cuts whose clips no longer touch, or next to a disabled clip play as plain cuts.
 * A track without transitions costs one empty-list check per frame.
 */
final class TrackTransitions {
    private static final TrackTransitions NONE = new TrackTransitions(List.of());

    /** Sorted by first frame. Spans of the two cuts of a short clip may overlap: the earlier one wins there. */
    private final List<TransitionSpan> spans;

    private TrackTransitions(List<TransitionSpan> spans) {
        this.spans = spans;
    }

    /**
     * @param unknownKind told the kind of each transition that will play as a cut because it cannot be drawn
     */
    static TrackTransitions of(Track track, Consumer<String> unknownKind) {
        if (track.transitions().isEmpty()) return NONE;
        List<TransitionSpan> spans = new ArrayList<>();
        for (Transition t : track.transitions()) {
            TransitionStyle style = TransitionStyle.of(t.kind());
            if (style == null) {
                unknownKind.accept(t.kind());
                continue;
            }
            if (t.inOffset() < 0 || t.outOffset() < 0 || t.inOffset() + t.outOffset() == 0) continue;
            int incoming = indexStartingAt(track.clips(), t.cutFrame());
            if (incoming <= 0) continue;
            Clip out = track.clips().get(incoming - 1), in = track.clips().get(incoming);
            if (out.end() != in.start() || !out.enabled() || !in.enabled()) continue;
            spans.add(new TransitionSpan(t, style, out, in));
        }
        spans.sort(Comparator.comparingLong(TransitionSpan::first));
        return spans.isEmpty() ? NONE : new TrackTransitions(List.copyOf(spans));
    }

    List<TransitionSpan> spans() { return spans; }

    /** The transition playing at a timeline frame, or null. */
    TransitionSpan at(long frame) {
        if (spans.isEmpty()) return null;
        int low = 0, high = spans.size() - 1, last = -1;
        while (low <= high) { // last span starting at or before the frame
            int mid = (low + high) >>> 1;
            if (spans.get(mid).first() <= frame) { last = mid; low = mid + 1; } else high = mid - 1;
        }
        for (int i = Math.max(0, last - 1); i <= last; i++) if (spans.get(i).contains(frame)) return spans.get(i);
        return null;
    }

    /** Index of the clip starting exactly at {@code frame}, or -1. */
    private static int indexStartingAt(List<Clip> clips, long frame) {
        int low = 0, high = clips.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long start = clips.get(mid).start();
            if (start == frame) return mid;
            if (start < frame) low = mid + 1; else high = mid - 1;
        }
        return -1;
    }
}
