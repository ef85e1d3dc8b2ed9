package dev.cutroom.timeline.model;

/** A half-open span of whole timeline frames: {@code [start, start + duration)}. */
public record FrameRange(long start, long duration) {
    public FrameRange {
        if (duration < 0) throw new IllegalArgumentException("negative duration " + duration);
    }

    public long end() { return start + duration; }

    public boolean contains(long frame) { return frame >= start && frame < end(); }

    public boolean overlaps(FrameRange o) { return start < o.end() && o.start < end(); }

    @Override
    public String toString() { return "[" + start + ", " + end() + ")"; }
}
