package dev.cutroom.plugin.api;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One thing a job produced and where it goes. The host checks each one and then applies all of a job's
 * outputs as a single undoable edit. Immutable; any thread.
 */
public sealed interface Output permits Output.NewTake, Output.NewClip, Output.Split, Output.SideFile, Output.Retime, Output.Trim {

    /**
     * A new take on an input clip: {@code file} becomes the clip's active take, the old take stays.
     * Its duration must match the clip's source range (within one frame): time 0 in the file is the
     * clip's source start.
     *
     * @param clipId id of a clip in the job's selection
     * @param file   a file from {@link JobContext#newOutputFile}
     * @param label  take name shown in the editor, e.g. "Upscaled x2"
     */
    record NewTake(String clipId, Path file, String label) implements Output {
        public NewTake {
            Objects.requireNonNull(clipId, "clipId");
            Objects.requireNonNull(file, "file");
            label = label == null ? "" : label;
        }
    }

    /**
     * A new clip on a track.
     *
     * @param track         which track
     * @param timelineStart where it starts on the timeline, in seconds (snapped to the timeline's frames)
     * @param file          a file from {@link JobContext#newOutputFile}
     * @param sourceRange   the part of the file to use, or null for all of it
     * @param name          clip name
     */
    record NewClip(TrackTarget track, ExactTime timelineStart, Path file, TimeSpan sourceRange, String name) implements Output {
        public NewClip {
            Objects.requireNonNull(track, "track");
            Objects.requireNonNull(timelineStart, "timelineStart");
            Objects.requireNonNull(file, "file");
            name = name == null ? "" : name;
        }
    }

    /**
     * Cut an input clip into pieces at source times (e.g. detected shot changes).
     *
     * @param clipId   id of a clip in the job's selection
     * @param atSource media seconds strictly inside the clip's source range, ascending
     */
    record Split(String clipId, List<ExactTime> atSource) implements Output {
        public Split {
            Objects.requireNonNull(clipId, "clipId");
            atSource = List.copyOf(atSource);
        }
    }

    /**
     * A file that goes beside the project, not onto the timeline (subtitles, MIDI, a report).
     *
     * @param file      a file from {@link JobContext#newOutputFile}
     * @param mediaType its type, e.g. {@code text/vtt}, {@code audio/midi}
     * @param clipId    the clip it belongs to, or null
     */
    record SideFile(Path file, String mediaType, String clipId) implements Output {
        public SideFile {
            Objects.requireNonNull(file, "file");
            mediaType = mediaType == null ? "application/octet-stream" : mediaType;
        }
    }

    /**
     * Play an input clip at another speed (since API 1.1). The clip keeps its source span, so its length on the
     * timeline becomes span / speed and later clips on its track move by the difference (ripple). Applied after
     * any {@link NewTake} of the same job, so a take made at a higher frame rate (interpolated frames) plays
     * smoothly at a slow speed.
     *
     * @param clipId id of a clip in the job's selection
     * @param speed  playback speed, greater than 0 (0.5 is half speed, 2 is double)
     */
    record Retime(String clipId, double speed) implements Output {
        public Retime {
            Objects.requireNonNull(clipId, "clipId");
            if (!(speed > 0) || Double.isInfinite(speed)) throw new IllegalArgumentException("speed must be positive, got " + speed);
        }
    }

    /**
     * Keep only part of an input clip (since API 1.1): its in and out points move to the edges of
     * {@code sourceRange}; the clip keeps its start on the timeline and later clips on its track close the gap
     * (ripple). Applied after {@link NewTake} and {@link Retime} outputs of the same job.
     *
     * @param clipId      id of a clip in the job's selection
     * @param sourceRange media seconds to keep, in the same coordinates as {@link ClipRef#sourceRange()} (the media
     *                    of the take the plugin read), inside the clip's current source range
     */
    record Trim(String clipId, TimeSpan sourceRange) implements Output {
        public Trim {
            Objects.requireNonNull(clipId, "clipId");
            Objects.requireNonNull(sourceRange, "sourceRange");
        }
    }
}
