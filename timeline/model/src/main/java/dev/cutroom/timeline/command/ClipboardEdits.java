package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copy and paste of clips as commands. A copy takes the chosen clips with their linked partners (a picture and
 * its sound travel together), remembering each one's track and its distance from the earliest; a paste places
 * them at a frame on the same tracks under new ids, as one undo step: over what is there (overwrite) or pushing
 * everything after the frame later on every unlocked track (insert, which splits a clip the frame falls inside),
 * so pictures and their sound stay in sync.
 */
public final class ClipboardEdits {
    private ClipboardEdits() {}

    /** A copied clip: the track index it came from and its start relative to the earliest copied clip. */
    public record Copied(int trackIndex, TrackKind kind, long offset, Clip clip) {}

    /** What a copy holds; {@link #length()} frames from the first start to the last end. */
    public record Copy(List<Copied> clips) {
        public Copy {
            clips = List.copyOf(clips);
        }

        public boolean isEmpty() { return clips.isEmpty(); }

        public long length() { return clips.stream().mapToLong(c -> c.offset() + c.clip().duration()).max().orElse(0); }
    }

    /** The clips {@code clipIds} and their linked partners, in timeline order. */
    public static Copy copy(Project project, Collection<String> clipIds) {
        List<Track> tracks = project.timeline().tracks();
        List<Copied> picked = new ArrayList<>();
        var ids = LinkedEdits.withPartners(project, clipIds);
        long first = Long.MAX_VALUE;
        for (int t = 0; t < tracks.size(); t++) {
            for (Clip c : tracks.get(t).clips()) {
                if (ids.contains(c.id())) {
                    picked.add(new Copied(t, tracks.get(t).kind(), c.start(), c));
                    first = Math.min(first, c.start());
                }
            }
        }
        long origin = first;
        List<Copied> relative = picked.stream().map(c -> new Copied(c.trackIndex(), c.kind(), c.offset() - origin, c.clip()))
                .sorted(Comparator.comparingLong(Copied::offset).thenComparingInt(Copied::trackIndex)).toList();
        return new Copy(relative);
    }

    /**
     * Pastes {@code copy} at {@code frame} on the tracks it came from (refused when a track no longer exists or
     * is of another kind than the clip's). {@code insert} pushes later clips of every unlocked track right by the
     * copy's length; otherwise the copy overwrites what lies under it.
     */
    public static Command paste(Project project, Copy copy, long frame, boolean insert, Ids ids) {
        if (copy.isEmpty()) throw new EditException("nothing to paste: copy clips first");
        if (frame < 0) throw new EditException("cannot paste before the start of the timeline");
        List<Track> tracks = project.timeline().tracks();
        Map<String, String> links = new HashMap<>();
        List<Command> steps = new ArrayList<>();
        if (insert) {
            // room on every unlocked track, not only the pasted ones, so that later pictures keep their sound
            long length = copy.length();
            for (Track track : tracks) {
                if (track.locked() || track.clips().isEmpty() || track.clips().getLast().end() <= frame) continue;
                int across = Edits.clipAt(track.clips(), frame);
                boolean splits = across >= 0 && track.clips().get(across).start() < frame;
                List<String> tailTakes = splits ? track.clips().get(across).takes().stream().map(t -> ids.next("take")).toList() : List.of();
                steps.add(new InsertGap(track.id(), frame, length, splits ? ids.next("clip") : null, tailTakes));
            }
        }
        for (Copied c : copy.clips()) {
            Track track = target(tracks, c);
            Clip source = c.clip();
            Map<String, String> takes = new HashMap<>();
            String link = source.linkId() == null ? null : links.computeIfAbsent(source.linkId(), l -> ids.next("link"));
            Clip pasted = source.withNewIds(ids.next("clip"), old -> takes.computeIfAbsent(old, o -> ids.next("take")), link)
                    .withStart(frame + c.offset());
            // a clip reaching across the whole pasted range is split around it; its tail needs ids of its own
            Clip across = insert ? null : across(track, frame + c.offset(), frame + c.offset() + pasted.duration());
            steps.add(across == null ? new Overwrite(track.id(), frame + c.offset(), pasted)
                    : new Overwrite(track.id(), frame + c.offset(), pasted, ids.next("clip"), across.takes().stream().map(t -> ids.next("take")).toList()));
        }
        return new CompoundCommand(insert ? "Paste insert" : "Paste", steps);
    }

    /** The clip of {@code track} that starts before {@code from} and ends after {@code to}, or null. */
    private static Clip across(Track track, long from, long to) {
        int i = Edits.clipAt(track.clips(), from);
        if (i < 0) return null;
        Clip c = track.clips().get(i);
        return c.start() < from && c.end() > to ? c : null;
    }

    private static Track target(List<Track> tracks, Copied c) {
        if (c.trackIndex() >= tracks.size()) throw new EditException("the track clip " + c.clip().id() + " was copied from is gone");
        Track track = tracks.get(c.trackIndex());
        if (track.kind() != c.kind()) throw new EditException("the track clip " + c.clip().id() + " was copied from is now a " + track.kind().name().toLowerCase(java.util.Locale.ROOT) + " track");
        if (track.locked()) throw new EditException("track " + track.name() + " is locked");
        return track;
    }
}
