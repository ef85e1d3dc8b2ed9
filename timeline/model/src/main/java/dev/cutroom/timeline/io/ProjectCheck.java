package dev.cutroom.timeline.io;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model rules a loaded project must keep, checked before a file is accepted. Each problem reads
 * {@code "json.path: what is wrong"}. Deliberately small: the editing commands keep the full invariants; this
 * catches what a damaged or hand-edited file can break.
 */
public final class ProjectCheck {
    private ProjectCheck() {}

    /** Problems found, empty when the project is fine. */
    public static List<String> problems(Project project) {
        List<String> out = new ArrayList<>();
        Map<String, Integer> mediaIds = new HashMap<>();
        for (int i = 0; i < project.media().size(); i++) {
            MediaItem m = project.media().get(i);
            Integer prev = mediaIds.putIfAbsent(m.id(), i);
            if (prev != null) out.add("media[" + i + "].id: duplicate media id '" + m.id() + "' (also media[" + prev + "])");
        }
        Set<String> trackIds = new HashSet<>();
        Map<String, String> clipIds = new HashMap<>();
        List<Track> tracks = project.timeline().tracks();
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            String tp = "timeline.tracks[" + t + "]";
            if (!trackIds.add(track.id())) out.add(tp + ".id: duplicate track id '" + track.id() + "'");
            Clip previous = null;
            for (int c = 0; c < track.clips().size(); c++) {
                Clip clip = track.clips().get(c);
                String cp = tp + ".clips[" + c + "]";
                String other = clipIds.putIfAbsent(clip.id(), cp);
                if (other != null) out.add(cp + ".id: duplicate clip id '" + clip.id() + "' (also " + other + ")");
                if (clip.start() < 0) out.add(cp + ".start: clip starts before frame 0 (" + clip.start() + ")");
                if (previous != null) {
                    if (clip.start() < previous.start()) {
                        out.add(cp + ".start: clips are not in order of start (" + clip.start() + " after " + previous.start() + ")");
                    } else if (clip.start() < previous.end()) {
                        out.add(cp + ".start: clip '" + clip.id() + "' " + clip.frames() + " overlaps clip '" + previous.id() + "' "
                                + previous.frames() + " on track '" + track.id() + "'");
                    }
                }
                Set<String> takeIds = new HashSet<>();
                boolean activeFound = false;
                for (int k = 0; k < clip.takes().size(); k++) {
                    Take take = clip.takes().get(k);
                    String kp = cp + ".takes[" + k + "]";
                    if (!takeIds.add(take.id())) out.add(kp + ".id: duplicate take id '" + take.id() + "' in clip '" + clip.id() + "'");
                    if (take.id().equals(clip.activeTakeId())) activeFound = true;
                    if (!mediaIds.containsKey(take.mediaId())) out.add(kp + ".mediaId: media '" + take.mediaId() + "' is not in the media bin");
                }
                if (!activeFound) out.add(cp + ".activeTakeId: clip '" + clip.id() + "' has no take '" + clip.activeTakeId() + "'");
                previous = clip;
            }
        }
        return out;
    }
}
