package dev.cutroom.timeline.model;

import java.util.List;

/** A whole project: the media bin and one timeline. Immutable; edits produce new projects. */
public record Project(String id, String name, Timeline timeline, List<MediaItem> media) {
    public Project {
        media = List.copyOf(media);
    }

    public MediaItem mediaItem(String mediaId) {
        for (MediaItem m : media) if (m.id().equals(mediaId)) return m;
        return null;
    }

    public Project withTimeline(Timeline t) { return new Project(id, name, t, media); }

    public Project withMedia(List<MediaItem> m) { return new Project(id, name, timeline, m); }
}
