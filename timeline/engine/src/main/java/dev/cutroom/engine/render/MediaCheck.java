package dev.cutroom.engine.render;

import dev.cutroom.engine.DisplayGeometry;
import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaProbe;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Probes every file the render will read before anything is decoded or written, so a missing or broken
 * file fails the render at once with a message naming the project's media item, not after minutes
 * of encoding.
 */
final class MediaCheck {
    /** A media file that passed the check; {@code geometry} is null for audio-only media. */
    record Checked(Path file, MediaInfo info, DisplayGeometry geometry) {}

    private final Map<String, Checked> byMediaId = new HashMap<>();

    /**
     * Checks the media of enabled clips on the given tracks that overlap {@code range}, or reach into it
     * through a transition (the transitions lists run parallel to the track lists).
     */
    MediaCheck(Project project, MediaResolver resolver, List<Track> videoTracks, List<TrackTransitions> videoTransitions,
               List<Track> audioTracks, List<TrackTransitions> audioTransitions, FrameRange range) {
        check(project, resolver, videoTracks, videoTransitions, TrackKind.VIDEO, range);
        check(project, resolver, audioTracks, audioTransitions, TrackKind.AUDIO, range);
    }

    Checked media(Take take) {
        return byMediaId.get(take.mediaId());
    }

    private void check(Project project, MediaResolver resolver, List<Track> tracks, List<TrackTransitions> transitions,
                       TrackKind kind, FrameRange range) {
        for (int i = 0; i < tracks.size(); i++) {
            Track track = tracks.get(i);
            for (Clip clip : track.clips()) {
                if (clip.enabled() && clip.frames().overlaps(range)) check(project, resolver, track, clip, kind);
            }
            for (TransitionSpan span : transitions.get(i).spans()) {
                if (!span.frames().overlaps(range)) continue;
                check(project, resolver, track, span.outgoing(), kind);
                check(project, resolver, track, span.incoming(), kind);
            }
        }
    }

    private void check(Project project, MediaResolver resolver, Track track, Clip clip, TrackKind kind) {
        Take take = clip.activeTake();
        Checked checked = byMediaId.get(take.mediaId());
        if (checked == null) {
            checked = probe(project, resolver, clip, take);
            byMediaId.put(take.mediaId(), checked);
        }
        boolean hasStream = kind == TrackKind.VIDEO ? checked.info().hasVideo() : checked.info().hasAudio();
        if (!hasStream) {
            throw new MediaException(checked.file(), "media '" + take.mediaId() + "' used by clip '" + clip.id() + "' on track '"
                    + track.name() + "' has no " + (kind == TrackKind.VIDEO ? "video" : "audio"));
        }
    }

    private static Checked probe(Project project, MediaResolver resolver, Clip clip, Take take) {
        MediaItem item = project.mediaItem(take.mediaId());
        if (item == null) {
            throw new MediaException(null, "clip '" + clip.id() + "' plays media '" + take.mediaId() + "', which is not in the project's media bin");
        }
        Path file = resolver.resolve(item);
        try {
            MediaProbe.Probed probed = MediaProbe.probeWithGeometry(file);
            return new Checked(file, probed.info(), probed.geometry());
        } catch (MediaException e) {
            throw new MediaException(file, "media '" + item.id() + "' (" + item.path() + ") used by clip '" + clip.id() + "' cannot be played: "
                    + problemOf(e, file), e);
        }
    }

    /** The probe's message without the file name it starts with (ours names it already). */
    private static String problemOf(MediaException e, Path file) {
        String message = e.getMessage();
        String prefix = file + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
}
