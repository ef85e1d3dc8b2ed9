package dev.cutroom.plugin.api;

import java.util.List;
import java.util.Objects;

/** What the editor selected for a job. Immutable; any thread. */
public sealed interface Selection permits Selection.Clips, Selection.Range {

    /** The kinds this selection counts as, to match against {@link PluginDescriptor#accepts()}. Any thread. */
    java.util.Set<SelectionKind> kinds();

    /** One or more clips, in timeline order. */
    record Clips(List<ClipRef> clips) implements Selection {
        public Clips {
            clips = List.copyOf(Objects.requireNonNull(clips, "clips"));
            if (clips.isEmpty()) throw new IllegalArgumentException("a clip selection needs at least one clip");
        }

        /** The single clip of a one-clip selection. Any thread. @throws IllegalStateException for several */
        public ClipRef only() {
            if (clips.size() != 1) throw new IllegalStateException("selection holds " + clips.size() + " clips, not one");
            return clips.getFirst();
        }

        @Override
        public java.util.Set<SelectionKind> kinds() {
            var kinds = java.util.EnumSet.noneOf(SelectionKind.class);
            if (clips.stream().anyMatch(ClipRef::hasVideo)) kinds.add(SelectionKind.VIDEO_CLIP);
            if (clips.stream().anyMatch(ClipRef::hasAudio)) kinds.add(SelectionKind.AUDIO_CLIP);
            if (clips.size() > 1) kinds.add(SelectionKind.MULTIPLE_CLIPS);
            return kinds;
        }
    }

    /**
     * A time range of the timeline, with the clips it overlaps.
     *
     * @param range         timeline seconds
     * @param frameRate     the timeline's frame rate
     * @param wholeTimeline whether the range is the entire timeline
     * @param clips         clips overlapping the range (may be empty)
     */
    record Range(TimeSpan range, Fps frameRate, boolean wholeTimeline, List<ClipRef> clips) implements Selection {
        public Range {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(frameRate, "frameRate");
            clips = clips == null ? List.of() : List.copyOf(clips);
        }

        @Override
        public java.util.Set<SelectionKind> kinds() {
            return java.util.EnumSet.of(wholeTimeline ? SelectionKind.TIMELINE : SelectionKind.RANGE);
        }
    }
}
