package dev.cutroom.engine.render;

import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Timeline;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Which tracks are heard and seen. Video: hidden tracks are skipped. Audio: muted tracks are skipped.
 * Solo works per kind: when any track of a kind is soloed, only the soloed (and not muted/hidden)
 * tracks of that kind play. Disabled clips never play.
 */
final class ActiveTracks {
    private ActiveTracks() {}

    /** Video tracks in compositing order (bottom first), filtered. */
    static List<Track> video(Timeline timeline) {
        return active(timeline, TrackKind.VIDEO);
    }

    static List<Track> audio(Timeline timeline) {
        return active(timeline, TrackKind.AUDIO);
    }

    private static List<Track> active(Timeline timeline, TrackKind kind) {
        List<Track> tracks = timeline.tracksOf(kind);
        boolean anySolo = tracks.stream().anyMatch(Track::solo);
        List<Track> result = new ArrayList<>();
        for (Track track : tracks) {
            boolean off = kind == TrackKind.VIDEO ? track.hidden() : track.muted();
            if (!off && (!anySolo || track.solo())) result.add(track);
        }
        return result;
    }

    /** The enabled clip covering timeline frame {@code frame} on a track, or null (a gap). */
    static Clip clipAt(Track track, long frame) {
        List<Clip> clips = track.clips();
        int low = 0;
        int high = clips.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Clip clip = clips.get(mid);
            if (frame < clip.start()) high = mid - 1;
            else if (frame >= clip.end()) low = mid + 1;
            else return clip.enabled() ? clip : null;
        }
        return null;
    }
}
