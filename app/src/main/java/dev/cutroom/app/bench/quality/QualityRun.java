package dev.cutroom.app.bench.quality;

import dev.cutroom.realfootage.Corpus;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What a quality-bench section gets: a scratch folder of its own, the corpus size ({@link Corpus.Size#REDUCED}
 * for {@code --quick}) and a stream for progress.
 */
public record QualityRun(Path work, Corpus.Size size, PrintStream log) {}
