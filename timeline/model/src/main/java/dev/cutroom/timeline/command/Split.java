package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a clip at {@code frame} (strictly inside it). The first part keeps the clip's id; the second part gets
 * {@code newClipId}, copies of all takes with {@code newTakeIds} (one per take, in order) and starts in the source
 * exactly at {@code clip.sourceTimeAt(rate, frame)}. {@code newLinkId}, when given, becomes the second part's link
 * id (so that split video and audio halves stay linked pairwise); otherwise the second part has no link (two clips
 * of one track never share one).
 */
public record Split(String clipId, long frame, String newClipId, List<String> newTakeIds, String newLinkId) implements Command {
    public Split {
        newTakeIds = newTakeIds == null ? List.of() : List.copyOf(newTakeIds);
    }

    public Split(String clipId, long frame, String newClipId, List<String> newTakeIds) { this(clipId, frame, newClipId, newTakeIds, null); }

    @Override
    public String label() { return "Split clip"; }

    @Override
    public List<String> introducedIds() { return Edits.ids(newClipId, newTakeIds); }

    @Override
    public Applied apply(Project before) {
        Edits.Loc loc = Edits.clip(before, clipId);
        Edits.requireUnlocked(loc.track());
        Clip[] parts = Edits.cut(Edits.rate(before), loc.clip(), frame, newClipId, newTakeIds, newLinkId);
        List<Clip> clips = loc.track().clips();
        List<Clip> out = new ArrayList<>(clips.size() + 1);
        out.addAll(clips.subList(0, loc.clipIndex()));
        out.add(parts[0]);
        out.add(parts[1]);
        out.addAll(clips.subList(loc.clipIndex() + 1, clips.size()));
        return Edits.finish(this, before, Edits.withClips(before, loc, out));
    }
}
