package dev.cutroom.app.cli;

import dev.cutroom.timeline.command.LinkedEdits;
import dev.cutroom.timeline.command.Lift;
import dev.cutroom.timeline.command.Move;
import dev.cutroom.timeline.command.RippleDelete;
import dev.cutroom.timeline.command.RippleTrim;
import dev.cutroom.timeline.command.SetSpeed;
import dev.cutroom.timeline.command.SetVolume;
import dev.cutroom.timeline.command.Split;
import dev.cutroom.timeline.command.TrimIn;
import dev.cutroom.timeline.command.TrimOut;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Rational;
import dev.cutroom.timeline.model.Track;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.List;

/**
 * {@code cutroom edit P.cutroom OPERATION ...}: one edit, checked, saved atomically. Linked partners (the audio
 * of a video clip) follow the edit unless {@code --unlinked} is given, as in the editor.
 */
@picocli.CommandLine.Command(name = "edit", mixinStandardHelpOptions = true, description = "Edit a project and save it.",
        subcommands = {EditCommand.SplitOp.class, EditCommand.MoveOp.class, EditCommand.TrimOp.class,
                EditCommand.RippleDeleteOp.class, EditCommand.LiftOp.class, EditCommand.SpeedOp.class, EditCommand.VolumeOp.class})
final class EditCommand {
    @Parameters(index = "0", paramLabel = "P.cutroom", description = "The project file; saved in place (the previous save is kept as .bak).")
    Path projectFile;

    /** Options every operation has. */
    abstract static class Operation implements Runnable {
        @ParentCommand
        EditCommand parent;

        @Option(names = "--clip", required = true, paramLabel = "CLIP_ID")
        String clipId;

        @Option(names = "--unlinked", description = "Edit only this clip, not its linked partners.")
        boolean unlinked;

        /** The edit to perform on {@code project}. */
        abstract dev.cutroom.timeline.command.Command edit(Project project, Clip clip);

        /** Load, edit and save under the project's lock, so that two edits at once are applied one after the other. */
        @Override
        public final void run() {
            try (var lock = ProjectFiles.lock(parent.projectFile, "cutroom edit")) {
                ProjectFiles.Opened opened = ProjectFiles.load(parent.projectFile);
                Project project = opened.project();
                Clip clip = findClip(project, clipId);
                var command = edit(project, clip);
                Project edited = command.apply(project).after();
                opened.save(edited);
                System.out.println(command.label() + ": saved " + opened.file());
            }
        }

        long frame(Project project, String text) {
            return TimeArgument.toFrame(text, project.timeline().rate());
        }
    }

    @picocli.CommandLine.Command(name = "split", mixinStandardHelpOptions = true, description = "Split a clip at a timeline position.")
    static final class SplitOp extends Operation {
        @Option(names = "--at", required = true, paramLabel = "TIME", description = "Frame, seconds (4.5s) or timecode.")
        String at;

        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            long frame = frame(project, at);
            Ids ids = Ids.random();
            if (!unlinked) return LinkedEdits.split(project, clip.id(), frame, ids);
            return new Split(clip.id(), frame, ids.next("clip"), clip.takes().stream().map(t -> ids.next("take")).toList());
        }
    }

    @picocli.CommandLine.Command(name = "move", mixinStandardHelpOptions = true, description = "Move a clip to a new start, optionally onto another track of the same kind.")
    static final class MoveOp extends Operation {
        @Option(names = "--to", required = true, paramLabel = "TIME", description = "New start: frame, seconds or timecode.")
        String to;

        @Option(names = "--track", paramLabel = "TRACK", description = "Target track id or name (e.g. V2).")
        String track;

        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            String trackId = track == null ? null : findTrack(project, track).id();
            long start = frame(project, to);
            return unlinked ? new Move(clip.id(), trackId, start) : LinkedEdits.move(project, clip.id(), trackId, start);
        }
    }

    @picocli.CommandLine.Command(name = "trim", mixinStandardHelpOptions = true,
            description = "Move a clip's start and/or end to new timeline positions. Without --ripple a gap opens or closes; with it, later clips follow.")
    static final class TrimOp extends Operation {
        @Option(names = "--start", paramLabel = "TIME", description = "New timeline position of the clip's first frame.")
        String start;

        @Option(names = "--end", paramLabel = "TIME", description = "New timeline position just after the clip's last frame.")
        String end;

        @Option(names = "--ripple", description = "Later clips on the track follow the change.")
        boolean ripple;

        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            if ((start == null) == (end == null)) throw new IllegalArgumentException("give exactly one of --start or --end");
            if (start != null) {
                long delta = frame(project, start) - clip.start();
                if (ripple) return unlinked ? new RippleTrim(clip.id(), RippleTrim.Edge.IN, delta) : LinkedEdits.rippleTrim(project, clip.id(), RippleTrim.Edge.IN, delta);
                return unlinked ? new TrimIn(clip.id(), delta) : LinkedEdits.trimIn(project, clip.id(), delta);
            }
            long delta = frame(project, end) - clip.end();
            if (ripple) return unlinked ? new RippleTrim(clip.id(), RippleTrim.Edge.OUT, delta) : LinkedEdits.rippleTrim(project, clip.id(), RippleTrim.Edge.OUT, delta);
            return unlinked ? new TrimOut(clip.id(), delta) : LinkedEdits.trimOut(project, clip.id(), delta);
        }
    }

    @picocli.CommandLine.Command(name = "ripple-delete", mixinStandardHelpOptions = true, description = "Delete a clip and close the gap.")
    static final class RippleDeleteOp extends Operation {
        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            return unlinked ? new RippleDelete(clip.id()) : LinkedEdits.rippleDelete(project, clip.id());
        }
    }

    @picocli.CommandLine.Command(name = "lift", mixinStandardHelpOptions = true, description = "Delete a clip and leave a gap.")
    static final class LiftOp extends Operation {
        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            return unlinked ? new Lift(clip.id()) : LinkedEdits.lift(project, clip.id());
        }
    }

    @picocli.CommandLine.Command(name = "speed", mixinStandardHelpOptions = true,
            description = "Change a clip's speed (2 = twice as fast, 1/2 = half speed); the clip keeps its source span and its length changes.")
    static final class SpeedOp extends Operation {
        @Option(names = "--speed", required = true, paramLabel = "FACTOR", description = "e.g. 2, 0.5 or 1/2.")
        String speed;

        @Option(names = "--ripple", description = "Later clips move to make room (otherwise a longer clip must fit before the next one).")
        boolean ripple;

        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            Rational factor = Rational.parse(speed);
            return unlinked ? new SetSpeed(clip.id(), factor, ripple) : LinkedEdits.setSpeed(project, clip.id(), factor, ripple);
        }
    }

    @picocli.CommandLine.Command(name = "volume", mixinStandardHelpOptions = true, description = "Set a clip's audio gain (1 = unchanged, 0.5 = about -6 dB).")
    static final class VolumeOp extends Operation {
        @Option(names = "--volume", required = true, paramLabel = "GAIN")
        double volume;

        @Override
        dev.cutroom.timeline.command.Command edit(Project project, Clip clip) {
            return new SetVolume(clip.id(), volume);
        }
    }

    static Clip findClip(Project project, String clipId) {
        for (Track track : project.timeline().tracks()) {
            int i = track.indexOf(clipId);
            if (i >= 0) return track.clips().get(i);
        }
        throw new IllegalArgumentException("no clip " + clipId + " in the project (see: cutroom project info)");
    }

    static Track findTrack(Project project, String idOrName) {
        List<Track> tracks = project.timeline().tracks();
        for (Track t : tracks) if (t.id().equals(idOrName)) return t;
        for (Track t : tracks) if (t.name().equalsIgnoreCase(idOrName)) return t;
        throw new IllegalArgumentException("no track " + idOrName + " in the project");
    }
}
