package dev.cutroom.timeline.command;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.List;

/** Removes an item from the media bin; refused while any take of any clip (active or not) uses it. */
public record RemoveMedia(String mediaId) implements Command {
    @Override
    public String label() { return "Remove media"; }

    @Override
    public Applied apply(Project before) {
        List<MediaItem> media = new ArrayList<>(before.media());
        if (!media.removeIf(m -> m.id().equals(mediaId))) throw new EditException("no media " + mediaId + " in the project");
        for (Track t : before.timeline().tracks()) {
            for (Clip c : t.clips()) {
                for (Take k : c.takes()) {
                    if (mediaId.equals(k.mediaId())) {
                        throw new EditException("media " + mediaId + " is in use by take " + k.id() + " of clip " + c.id() + " on track " + t.id());
                    }
                }
            }
        }
        return Edits.finish(this, before, before.withMedia(media));
    }
}
