package dev.cutroom.app.ui.vm;

import dev.cutroom.timeline.command.ClipboardEdits;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * Three-point editing: a media item opened in a source monitor (its own playhead, in and out marks and playback,
 * on a one-clip timeline at the media's own rate), then inserted or overwritten into the edited timeline at its
 * playhead, picture and sound linked, as one undo step. The source's marks give the part (the whole media when
 * unset). FX thread.
 */
public final class SourceMonitorModel {
    private final EditorModel program;
    private final EditorModel source;
    private MediaItem item;

    public SourceMonitorModel(EditorModel program, Executor background, Executor uiThread) {
        this.program = program;
        this.source = new EditorModel(program.ids(), background, uiThread);
    }

    /** The source's own model: playhead, marks, its one-clip project. */
    public EditorModel source() { return source; }

    /** The media item shown, or null. */
    public MediaItem item() { return item; }

    /** Shows {@code media} of the edited project in the source monitor. */
    public void open(MediaItem media) {
        if (!media.isUsable()) throw new IllegalArgumentException("'" + media.path() + "' cannot be used: " + media.error());
        item = media;
        // the source's project has no file: its media path is made absolute against the edited project's folder
        Path file = program.resolver().resolve(media);
        MediaItem absolute = MediaItem.probed(media.id(), file.toString(), media.info());
        ProjectFormat format = ProjectFormat.fromMedia(List.of(absolute), ProjectFormat.HD_25);
        source.showUnsaved(new ProjectFactory(program.ids()).fromMedia(ProjectFactory.displayName(media.path()), List.of(absolute), format));
    }

    /** Inserts the marked part at the program's playhead, pushing later clips on every unlocked track. */
    public boolean insert() { return place(true); }

    /** Overwrites the program at its playhead with the marked part. */
    public boolean overwrite() { return place(false); }

    private boolean place(boolean insert) {
        String label = insert ? "Insert from source" : "Overwrite from source";
        if (item == null) {
            program.statusProperty().set(label + ": open a media item in the source monitor first (double-click it in the bin)");
            return false;
        }
        FrameRate sourceRate = source.project().timeline().rate();
        long in = Math.max(0, source.markInProperty().get());
        long out = source.markOutProperty().get() >= 0 ? source.markOutProperty().get() : source.duration();
        if (out <= in) {
            program.statusProperty().set(label + ": the source's out mark must come after its in mark");
            return false;
        }
        Project p = program.project();
        FrameRate rate = p.timeline().rate();
        Rational sourceIn = sourceRate.toSeconds(in);
        long frames = Math.max(1, rate.nearestFrame(sourceRate.toSeconds(out - in)));
        List<ClipboardEdits.Copied> parts = new ArrayList<>();
        ProjectFactory factory = new ProjectFactory(program.ids());
        String name = ProjectFactory.displayName(item.path());
        int video = firstTrack(p, TrackKind.VIDEO), audio = firstTrack(p, TrackKind.AUDIO);
        boolean both = item.info().hasVideo() && item.info().hasAudio() && video >= 0 && audio >= 0;
        String link = both ? program.ids().next("link") : null;
        if (item.info().hasVideo() && video >= 0) parts.add(part(video, TrackKind.VIDEO, factory.newClip(name, item, 0, frames, link).withSourceIn(sourceIn)));
        if (item.info().hasAudio() && audio >= 0) parts.add(part(audio, TrackKind.AUDIO, factory.newClip(name, item, 0, frames, link).withSourceIn(sourceIn)));
        if (parts.isEmpty()) {
            program.statusProperty().set(label + ": the timeline has no track for this media");
            return false;
        }
        try {
            program.performOrThrow(label, ClipboardEdits.paste(p, new ClipboardEdits.Copy(parts), program.playhead(), insert, program.ids()));
        } catch (EditException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
        program.seek(program.playhead() + frames); // as in every NLE: the playhead moves past the new clip
        return true;
    }

    private static ClipboardEdits.Copied part(int track, TrackKind kind, Clip clip) {
        return new ClipboardEdits.Copied(track, kind, 0, clip);
    }

    private static int firstTrack(Project p, TrackKind kind) {
        List<Track> tracks = p.timeline().tracks();
        for (int i = 0; i < tracks.size(); i++) if (tracks.get(i).kind() == kind && !tracks.get(i).locked()) return i;
        return -1;
    }
}
