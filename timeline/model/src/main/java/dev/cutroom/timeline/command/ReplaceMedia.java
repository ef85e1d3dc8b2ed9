package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces the media item with {@code item}'s id by {@code item} (a relink: the same media at another path, newly
 * probed). Every clip and take using it follows; refused when the new media no longer covers them.
 */
public record ReplaceMedia(MediaItem item) implements Command {
    @Override
    public String label() { return "Relink media"; }

    @Override
    public Applied apply(Project before) {
        if (item == null || item.id() == null) throw new EditException("replace media: no item or id given");
        if (before.mediaItem(item.id()) == null) throw new EditException("no media " + item.id() + " in the project");
        List<MediaItem> media = new ArrayList<>(before.media());
        media.replaceAll(m -> m.id().equals(item.id()) ? item : m);
        return Edits.finish(this, before, before.withMedia(media));
    }
}
