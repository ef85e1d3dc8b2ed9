package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;

import java.util.ArrayList;
import java.util.List;

/** Adds an item to the end of the media bin. */
public record AddMedia(MediaItem item) implements Command {
    @Override
    public String label() { return "Import media"; }

    @Override
    public List<String> introducedIds() { return item == null || item.id() == null ? List.of() : List.of(item.id()); }

    @Override
    public Applied apply(Project before) {
        if (item == null || item.id() == null) throw new EditException("add media: no item or id given");
        List<MediaItem> media = new ArrayList<>(before.media());
        media.add(item);
        return Edits.finish(this, before, before.withMedia(media));
    }
}
