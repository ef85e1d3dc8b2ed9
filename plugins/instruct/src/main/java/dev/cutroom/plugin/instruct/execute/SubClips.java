package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.TimeSpan;

/** Clip references for a part of a clip, so the host's readers can start anywhere (reverse reads in chunks). */
final class SubClips {
    private SubClips() {}

    /** The same clip reading only {@code duration} from {@code offset} after its in point. */
    static ClipRef part(ClipRef clip, ExactTime offset, ExactTime duration) {
        ExactTime start = clip.sourceRange().start().plus(offset);
        ExactTime end = clip.sourceRange().end();
        ExactTime d = start.plus(duration).compareTo(end) > 0 ? end.minus(start) : duration;
        return new ClipRef(clip.clipId(), clip.trackId(), clip.mediaFile(), new TimeSpan(start, d), clip.timelineStart(),
                clip.frameRate(), clip.width(), clip.height(), clip.sampleRate(), clip.channels(), clip.speed());
    }
}
