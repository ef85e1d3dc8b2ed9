package dev.cutroom.timeline.model;

import java.util.ArrayList;
import java.util.List;

/** Builds new projects: empty ones, and ones with media laid one after another on V1 and A1. */
public final class ProjectFactory {
    private final Ids ids;

    public ProjectFactory(Ids ids) { this.ids = ids; }

    /** Name of projects made without one. */
    public static final String UNTITLED = "Untitled";

    /** An empty project named {@value #UNTITLED}; see {@link #empty(String, ProjectFormat)}. */
    public Project empty(ProjectFormat format) { return empty(UNTITLED, format); }

    /** A project named {@value #UNTITLED} with {@code media} laid out; see {@link #fromMedia(String, List, ProjectFormat)}. */
    public Project fromMedia(List<MediaItem> media, ProjectFormat format) { return fromMedia(UNTITLED, media, format); }

    /** A project with one empty video track (V1) and one empty audio track (A1). */
    public Project empty(String name, ProjectFormat format) {
        Timeline timeline = new Timeline(name, format.rate(), format.width(), format.height(), format.sampleRate(), format.channels(),
                List.of(Track.empty(ids.next("track"), TrackKind.VIDEO, "V1"), Track.empty(ids.next("track"), TrackKind.AUDIO, "A1")),
                List.of());
        return new Project(ids.next("project"), name, timeline, List.of());
    }

    /**
     * A project holding {@code media} in its bin and placed one after another on V1 (pictures) and A1
     * (sound). Media with both gets a linked pair of clips. Each clip is as long as the whole frames of the
     * timeline rate that fit in the media (floor), so its source range never runs past the media's end.
     * Media that failed to probe stays in the bin, with its error, and is not placed.
     */
    public Project fromMedia(String name, List<MediaItem> media, ProjectFormat format) {
        Project project = empty(name, format);
        Timeline timeline = project.timeline();
        FrameRate rate = timeline.rate();
        List<Clip> video = new ArrayList<>();
        List<Clip> audio = new ArrayList<>();
        long position = 0;
        for (MediaItem item : media) {
            if (!item.isUsable()) continue;
            long frames = item.info().duration().times(rate.fps()).floor();
            if (frames < 1) continue;
            boolean both = item.info().hasVideo() && item.info().hasAudio();
            String link = both ? ids.next("link") : null;
            String clipName = displayName(item.path());
            if (item.info().hasVideo()) video.add(newClip(clipName, item, position, frames, link));
            if (item.info().hasAudio()) audio.add(newClip(clipName, item, position, frames, link));
            position += frames;
        }
        Track v1 = timeline.tracks().get(0).withClips(video);
        Track a1 = timeline.tracks().get(1).withClips(audio);
        return project.withTimeline(timeline.withTracks(List.of(v1, a1))).withMedia(media);
    }

    /** A new clip of {@code item} from its start, with its original take. */
    public Clip newClip(String name, MediaItem item, long start, long frames, String linkId) {
        Take original = Take.original(ids.next("take"), item.id());
        return new Clip(ids.next("clip"), name, start, frames, Rational.ZERO, Rational.ONE, 1.0, true,
                List.of(original), original.id(), linkId);
    }

    public Ids ids() { return ids; }

    /** A clip's name for a media path: the file name without folder and extension. */
    public static String displayName(String path) {
        String file = path.replace('\\', '/');
        file = file.substring(file.lastIndexOf('/') + 1);
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
