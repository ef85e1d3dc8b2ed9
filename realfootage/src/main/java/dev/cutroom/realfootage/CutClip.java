package dev.cutroom.realfootage;

import dev.cutroom.timeline.model.FrameRate;
import java.nio.file.Path;
import java.util.List;

/**
 * A corpus clip with its ground truth: the frames where hard cuts start a new shot, the dissolves, and the hard
 * negatives (flashes, whip pans) that are not cuts.
 *
 * @param hardCuts  first frame of each new shot after a hard cut
 * @param dissolves the dissolves, by their first and last blended frame
 * @param negatives where the events that must not be called cuts are, for the report ("flash at 112", ...)
 */
public record CutClip(String name, Path video, FrameRate rate, int frames, int width, int height,
                      List<Integer> hardCuts, List<Dissolve> dissolves, List<String> negatives) {
    /** A dissolve from frame {@code first} to {@code last} (both blends); a detection anywhere in it finds it. */
    public record Dissolve(int first, int last) {
        public int middle() {
            return (first + last) / 2;
        }
    }

    public CutClip {
        hardCuts = List.copyOf(hardCuts);
        dissolves = List.copyOf(dissolves);
        negatives = List.copyOf(negatives);
    }
}
