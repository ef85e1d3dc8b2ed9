package dev.cutroom.plugin.host.project;

import dev.cutroom.engine.MediaResolver;
import dev.cutroom.plugin.api.ClipKind;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.host.media.ShownSize;
import dev.cutroom.plugin.host.media.Times;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.TimeRange;
import dev.cutroom.timeline.model.Track;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Turns clips of a project into the plugin API's {@link ClipRef}s: the active take's media file, and the part
 * of that file the clip plays, in the file's own seconds (the clip's source range minus the take's offset), and
 * the speed it plays at. Width and height are those of the picture as shown (rotation applied, square pixels), as
 * {@link dev.cutroom.plugin.host.media.EngineMediaAccess} delivers its frames.
 * Thread-safe (stateless).
 */
public final class ClipSelection {
    private ClipSelection() {}

    /**
     * The clips with these ids, in timeline order (start frame, then track order).
     *
     * @throws IllegalArgumentException naming the clip when an id is unknown, repeated, or its media is unusable
     */
    public static Selection.Clips of(Project project, MediaResolver resolver, List<String> clipIds) {
        if (clipIds.isEmpty()) throw new IllegalArgumentException("no clip selected");
        if (new LinkedHashSet<>(clipIds).size() != clipIds.size()) throw new IllegalArgumentException("a clip is selected twice: " + clipIds);
        record Found(ClipRef ref, long start, int trackIndex) {}
        List<Found> found = new ArrayList<>();
        for (String id : clipIds) {
            Found f = null;
            List<Track> tracks = project.timeline().tracks();
            for (int ti = 0; ti < tracks.size() && f == null; ti++) {
                int ci = tracks.get(ti).indexOf(id);
                if (ci >= 0) {
                    Clip clip = tracks.get(ti).clips().get(ci);
                    f = new Found(ref(project, resolver, tracks.get(ti), clip), clip.start(), ti);
                }
            }
            if (f == null) throw new IllegalArgumentException("no clip " + id + " in project " + project.name()
                    + " (see 'cutroom project info' for clip ids)");
            found.add(f);
        }
        found.sort(Comparator.comparingLong(Found::start).thenComparingInt(Found::trackIndex));
        return new Selection.Clips(found.stream().map(Found::ref).toList());
    }

    /** One clip as the plugin sees it. @throws IllegalArgumentException when its active take's media is unusable */
    public static ClipRef ref(Project project, MediaResolver resolver, Track track, Clip clip) {
        FrameRate rate = project.timeline().rate();
        Take take = clip.activeTake();
        MediaItem item = project.mediaItem(take.mediaId());
        if (item == null) throw new IllegalArgumentException("clip " + clip.id() + ": its take refers to media " + take.mediaId() + " missing from the bin");
        if (!item.isUsable()) throw new IllegalArgumentException("clip " + clip.id() + ": media " + item.path() + " is unusable: " + item.error());
        MediaInfo info = item.info();
        TimeRange source = mediaRange(rate, clip);
        Fps fps = info.hasVideo() ? Times.fps(info.video().frameRate()) : null;
        ExactTime timelineStart = Times.exact(rate.toSeconds(clip.start()));
        java.nio.file.Path file = resolver.resolve(item);
        // plugins see the picture as shown (rotation applied, square pixels), so the size is the shown one
        ShownSize shown = info.hasVideo() ? ShownSize.of(file, info.video()) : new ShownSize(0, 0);
        return new ClipRef(clip.id(), track.id(), file, Times.span(source), timelineStart, fps,
                shown.width(), shown.height(),
                info.hasAudio() ? info.audio().sampleRate() : 0, info.hasAudio() ? info.audio().channels() : 0,
                clip.speed().toDouble(), track.kind() == dev.cutroom.timeline.model.TrackKind.VIDEO ? ClipKind.VIDEO : ClipKind.AUDIO);
    }

    /** The part of the active take's media file a clip plays, in that file's seconds. */
    public static TimeRange mediaRange(FrameRate rate, Clip clip) {
        TimeRange source = clip.sourceRange(rate);
        Rational offset = clip.activeTake().offset();
        return TimeRange.of(source.start().minus(offset), source.duration());
    }
}
