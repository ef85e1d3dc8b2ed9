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
 * the temporary file and leaves the target as it was (absent, or the previous export). The finished file is
 * synced and read back (it must probe with every frame) before the rename. A temporary file left by
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
            verify(temp, writer.videoFramesWritten());
            moveIntoPlace(temp, target);
            done = true;
            listener.progress(1, "Done");
            return new ExportResult(target, writer.videoFramesWritten(), writer.audioSamplesWritten(), Duration.ofNanos(System.nanoTime() - started));
        } catch (MediaException e) {
            throw writeError(e, temp, target);
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

    /**
     * The encoder does not report every failed write (a disk that fills up part way through leaves a truncated file
     * and no error), so the finished file is synced and read back before it takes the target's name: it must
     * probe, with every frame written.
     */
    private static void verify(Path temp, long frames) {
        try (java.nio.channels.FileChannel c = java.nio.channels.FileChannel.open(temp, java.nio.file.StandardOpenOption.WRITE)) {
            c.force(true);
        } catch (IOException e) {
            throw new MediaException(temp, "cannot write the file to disk: " + e.getMessage(), e);
        }
        dev.cutroom.timeline.model.MediaInfo info;
        try {
            info = dev.cutroom.engine.MediaProbe.probe(temp);
        } catch (MediaException e) {
            throw new MediaException(temp, "the finished file does not read back (" + e.getMessage() + ")", e);
        }
        long found = info.hasVideo() ? info.video().frameCount() : 0;
        if (found >= 0 && found != frames) {
            throw new MediaException(temp, "the finished file holds " + found + " of the " + frames + " frames written");
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

    /**
     * An error writing the temp file, told about the target (the user never sees the temp name), and a full disk
     * said in words rather than as the encoder's errno. Errors about media are returned as they are.
     */
    private static MediaException writeError(MediaException e, Path temp, Path target) {
        String m = String.valueOf(e.getMessage());
        if (!m.contains(temp.getFileName().toString())) return e;
        boolean full = m.contains("error -28") || m.contains("No space left") || lowOnSpace(temp.getParent());
        String why = full ? "the disk is full (no space left on device); nothing was written under this name"
                : "cannot write the export; nothing was written under this name";
        return new MediaException(target, why + " (" + m.replace(temp.toString(), "temp file") + ")", e);
    }

    private static boolean lowOnSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace() < 256 * 1024;
        } catch (IOException | RuntimeException e) {
            return false;
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
