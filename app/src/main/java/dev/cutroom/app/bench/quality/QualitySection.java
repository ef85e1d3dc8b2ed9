package dev.cutroom.app.bench.quality;

import dev.cutroom.app.bench.BenchTable;

/**
 * One section of {@code cutroom bench quality}: builds what it needs of the real-footage corpus
 * ({@link dev.cutroom.realfootage.Corpus}, into {@link QualityRun#work()}), measures, and adds its rows to the
 * table. Sections are listed in {@link QualityBench#SECTIONS}; add a new one there.
 */
public interface QualitySection {
    /** Short name for {@code --only} and the table's section header, e.g. "shotcut". */
    String name();

    /** Measures and adds rows. Progress lines go to {@code run.log()}, never to the table. */
    void run(QualityRun run, BenchTable table) throws Exception;
}
