package dev.cutroom.app.cli;

import dev.cutroom.engine.render.ExportResult;
import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.plugin.host.project.ExportProvenance;
import dev.cutroom.timeline.model.FrameRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.Locale;

/** Renders a project's timeline to an MP4 file. */
@Command(name = "render", mixinStandardHelpOptions = true, description = "Render a project to MP4 (H.264 + AAC).")
final class RenderCommand implements Runnable {
    @Parameters(index = "0", paramLabel = "PROJECT", description = "The .cutroom project file.")
    Path projectFile;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.mp4",
            description = "Output file; written only when the render completes. Never one of the project's own files (its media, the project, .bak or autosave).")
    Path output;

    @Option(names = "--force", description = "Replace an existing output file.")
    boolean force;

    @Option(names = "--from", paramLabel = "TIME", description = "First timeline position to render (frame, 4.5s or timecode).")
    String from;

    @Option(names = "--to", paramLabel = "TIME", description = "Timeline position to stop before (exclusive).")
    String to;

    @Option(names = "--size", paramLabel = "WxH", description = "Output size; the timeline's by default.")
    String size;

    @Option(names = "--allow-outside", description = "Use media that lies outside the project file's folder (refused by default: a project file may point anywhere).")
    boolean allowOutside;

    @Option(names = "--quality", paramLabel = "LEVEL", description = "LOW, MEDIUM or HIGH (default: ${DEFAULT-VALUE}).", defaultValue = "MEDIUM")
    ExportSettings.Quality quality;

    @Override
    public void run() {
        ProjectFiles.Opened loaded = ProjectFiles.load(projectFile);
        loaded.requireNotUsedBy(output, "The render");
        if (!force && java.nio.file.Files.exists(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(output.toAbsolutePath() + " exists; pass --force to replace it");
        }
        loaded.requireConfirmedMedia(allowOutside, "Render");
        var rate = loaded.project().timeline().rate();
        ExportSettings settings = ExportSettings.defaults().withQuality(quality);
        if (from != null || to != null) {
            long start = from == null ? 0 : TimeArgument.toFrame(from, rate);
            long end = to == null ? loaded.project().timeline().duration() : TimeArgument.toFrame(to, rate);
            if (end <= start) throw new IllegalArgumentException("--to must come after --from");
            settings = settings.withRange(new FrameRange(start, end - start));
        }
        if (size != null) {
            int[] wh = Sizes.parse(size);
            settings = settings.withSize(wh[0], wh[1]);
        }
        // an export with generated material says so: container tags now, a provenance manifest beside the file after
        settings = settings.withMetadata(ExportProvenance.metadata(loaded.project(), settings.range()));
        TerminalProgress bar = TerminalProgress.onStderr();
        ExportResult result;
        try (var interrupt = new CancelOnInterrupt()) {
            result = new Exporter(loaded.resolver()).export(loaded.project(), output, settings, bar::update, interrupt.token());
        } finally {
            bar.finish();
        }
        System.out.printf(Locale.ROOT, "Rendered %d frames to %s in %.1f s (%.1f fps)%n",
                result.videoFrames(), result.file(), result.elapsed().toMillis() / 1000.0, result.framesPerSecond());
        try {
            ExportProvenance.writeManifest(loaded.project(), loaded.resolver(), settings.range(), result.file())
                    .ifPresent(m -> System.out.println("Contains generated material; provenance: " + m));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("could not write the provenance manifest beside " + result.file() + ": " + e.getMessage(), e);
        }
    }
}
