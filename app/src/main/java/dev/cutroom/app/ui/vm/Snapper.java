package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Marker;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;

import java.util.List;
import java.util.Set;

/**
 * Snapping: finds the nearest target (clip edges on every track, the playhead, in/out marks, markers) within a
 * distance. Clip edges are found by binary search around the frame, so it stays fast on long timelines.
 */
public final class Snapper {
    private Snapper() {}

    /** The snapped frame, or {@code frame} itself when no target is within {@code maxDistance} frames. */
    public static long snap(Project p, long frame, long maxDistance, Set<String> ignoreClips, long playhead, long markIn, long markOut) {
        long best = frame;
        long bestDist = maxDistance + 1;
        for (Track t : p.timeline().tracks()) {
            List<Clip> clips = t.clips();
            int i = Track.firstEndingAfter(clips, frame - maxDistance - 1);
            for (; i < clips.size(); i++) {
                Clip c = clips.get(i);
                if (c.start() > frame + maxDistance) break;
                if (ignoreClips.contains(c.id())) continue;
                for (long e : new long[] {c.start(), c.end()}) {
                    long d = Math.abs(e - frame);
                    if (d < bestDist) { bestDist = d; best = e; }
                }
            }
        }
        for (long e : new long[] {playhead, markIn, markOut}) {
            if (e < 0) continue;
            long d = Math.abs(e - frame);
            if (d < bestDist) { bestDist = d; best = e; }
        }
        for (Marker m : p.timeline().markers()) {
            long d = Math.abs(m.frame() - frame);
            if (d < bestDist) { bestDist = d; best = m.frame(); }
        }
        return bestDist <= maxDistance ? best : frame;
    }
}
