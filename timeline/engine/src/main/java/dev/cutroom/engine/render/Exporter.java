package dev.cutroom.engine.render;

import dev.cutroom.engine.MediaException;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.engine.encode.MediaWriter;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Timeline;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

/**
 * Renders a project's timeline into an MP4 (H.264 via libopenh264 + AAC).
 *
 * <p>The file is written to a hidden temporary file beside the target and renamed onto the target only
 * when complete, so the target name never holds a half-written file: a cancelled or failed export deletes
 * the temporary file and leaves the target as it was (absent, or the previous export). A temporary file left by
 * a killed export is removed by the next export into the same target.
 *
 * <p>Exactness: N timeline frames give N encoded frames at the timeline's exact rate; audio is exactly the
 * samples of those frames (the container may pad the last AAC frame, under 1024 samples).
 */
public final class Exporter {
    private final MediaResolver resolver;

    public Exporter(MediaResolver resolver) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
    }

    /**
     * Exports on the calling thread. Progress is reported about every percent.
     *
     * @throws CancelToken.CancelledException when {@code cancel} asked to stop (no file is left behind)
     * @throws MediaException                 when media is missing or broken (named in the message) or encoding fails
     * @throws IllegalArgumentException       when the range is empty or outside the timeline
     */
    public ExportResult export(Project project, Path target, ExportSettings settings, ProgressListener progress, CancelToken cancel) {
        Objects.requireNonNull(target, "target");
        ProgressListener listener = progress == null ? ProgressListener.NONE : progress;
        CancelToken token = cancel == null ? CancelToken.NEVER : cancel;
        Timeline timeline = project.timeline();
        FrameRange range = settings.range() == null ? new FrameRange(0, timeline.duration()) : settings.range();
        if (range.duration() <= 0) throw new IllegalArgumentException("nothing to export: the range " + range + " is empty");
        if (range.start() < 0) throw new IllegalArgumentException("range " + range + " starts before the timeline");
        int width = settings.width() == 0 ? timeline.width() : settings.width();
        int height = settings.height() == 0 ? timeline.height() : settings.height();

        long started = System.nanoTime();
        listener.progress(0, "Checking media");
        token.throwIfCancelled();
        Path temp = createTempBeside(target);
        boolean done = false;
        try (TimelineRenderer renderer = new TimelineRenderer(project, resolver, width, height, range);
             MediaWriter writer = MediaWriter.open(temp, videoSettings(renderer, settings), audioSettings(renderer, settings), settings.fastStart(), settings.metadata())) {
            encode(renderer, writer, range, listener, token);
            listener.progress(0.999, "Finishing file");
            writer.finish();
            token.throwIfCancelled();
            moveIntoPlace(temp, target);
            done = true;
            listener.progress(1, "Done");
            return new ExportResult(target, writer.videoFramesWritten(), writer.audioSamplesWritten(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (!done) deleteQuietly(temp);
        }
    }

    private static void encode(TimelineRenderer renderer, MediaWriter writer, FrameRange range, ProgressListener listener, CancelToken token) {
        long total = range.duration();
        long reportEvery = Math.max(1, total / 100);
        for (long i = 0; i < total; i++) {
            token.throwIfCancelled();
            long frame = range.start() + i;
            writer.writeVideo(renderer.renderVideo(frame));
            writer.writeAudio(renderer.renderAudio(frame), 0, renderer.samplesIn(frame));
            if (i % reportEvery == 0) listener.progress(0.99 * i / total, "Encoding frame " + (i + 1) + " of " + total);
        }
    }

    private static MediaWriter.VideoSettings videoSettings(TimelineRenderer renderer, ExportSettings settings) {
        var derived = MediaWriter.VideoSettings.of(renderer.width(), renderer.height(), renderer.frameRate(), settings.quality().bitsPerPixel());
        if (settings.videoBitrate() == 0) return derived;
        return new MediaWriter.VideoSettings(derived.width(), derived.height(), derived.rate(), settings.videoBitrate(), derived.gopFrames());
    }

    private static MediaWriter.AudioSettings audioSettings(TimelineRenderer renderer, ExportSettings settings) {
        return new MediaWriter.AudioSettings(renderer.sampleRate(), renderer.channels(), settings.audioBitrate());
    }

    /**
     * A fresh hidden name beside the target (same folder, so the final rename is atomic). The encoder
     * creates the file itself, with the usual permissions rather than a temp file's owner-only ones.
     */
    private static Path createTempBeside(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new MediaException(target, "cannot create the export folder: " + e.getMessage(), e);
        }
        removeStaleParts(folder, target.getFileName().toString());
        return folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    /**
     * Deletes {@code .NAME.UUID.part} files that a killed export (kill -9, power loss) left beside the target:
     * they are never finished, and an hour-long export leaves gigabytes. An export running into the same target
     * at this very moment loses its temp file and fails with a clear error instead of racing this one for the name.
     */
    private static void removeStaleParts(Path folder, String name) {
        String prefix = "." + name + ".";
        try (java.nio.file.DirectoryStream<Path> parts = Files.newDirectoryStream(folder, p -> {
            String n = p.getFileName().toString();
            return n.startsWith(prefix) && n.endsWith(".part") && n.length() == prefix.length() + 36 + ".part".length();
        })) {
            for (Path p : parts) deleteQuietly(p);
        } catch (IOException ignored) {
            // an unreadable folder: the export itself will say so
        }
    }

    private static void moveIntoPlace(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new MediaException(target, "cannot move the finished export into place: " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the next export into the same target removes it
        }
    }
}
