package dev.cutroom.app.cli;

import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.app.bench.quality.QualityBench;
import dev.cutroom.realfootage.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cutroom bench quality}: how the picture features do on real footage (real photographs filmed with camera
 * motion and degraded as real footage is), against their non-AI baselines, as one table.
 */
@Command(name = "quality", mixinStandardHelpOptions = true,
        description = {"Print a quality table measured on real footage: shot cuts against FFmpeg's scene score, "
                + "person masks on real portraits, upscaling against Lanczos.",
                "Needs the corpus photographs: tools/fetch-real-photos.sh."})
final class QualityBenchCommand implements Runnable {
    @Option(names = "--quick", description = "The reduced corpus the tests use (seconds, figures rougher).")
    boolean quick;

    @Option(names = "--only", paramLabel = "SECTION", split = ",", description = "Only these sections (e.g. shotcut).")
    List<String> only = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR", description = "Where to build the corpus clips (default: a temporary folder).")
    Path work;

    @Override
    public void run() {
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("cutroom-quality");
            BenchTable table = QualityBench.run(dir, quick ? Corpus.Size.REDUCED : Corpus.Size.FULL, only, System.err);
            table.print(System.out);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
