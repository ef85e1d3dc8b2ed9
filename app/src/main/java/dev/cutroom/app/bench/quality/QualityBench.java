package dev.cutroom.app.bench.quality;

import dev.cutroom.app.bench.BenchTable;
import dev.cutroom.realfootage.Corpus;
import dev.cutroom.realfootage.RealPhotos;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The real-footage quality bench: each {@link QualitySection} measures one feature on the corpus built from real
 * photographs, into one table.
 */
public final class QualityBench {
    /** The sections, in table order. */
    public static final List<QualitySection> SECTIONS = List.of(new ShotCutQuality(), new PersonMaskQuality(), new UpscaleQuality());

    private QualityBench() {}

    /**
     * Runs the sections whose name is in {@code only} (all when empty) and returns the table.
     *
     * @throws RealPhotos.MissingPhotoException when the photographs have not been fetched
     */
    public static BenchTable run(Path work, Corpus.Size size, List<String> only, PrintStream log) throws Exception {
        if (!RealPhotos.available()) throw new RealPhotos.MissingPhotoException("the real photographs are not in " + RealPhotos.folder() + ": " + RealPhotos.HOW_TO_FETCH);
        for (String name : only) {
            if (SECTIONS.stream().noneMatch(s -> s.name().equals(name))) {
                throw new IllegalArgumentException("no quality section '" + name + "'; there are " + SECTIONS.stream().map(QualitySection::name).toList());
            }
        }
        BenchTable table = new BenchTable();
        for (QualitySection section : SECTIONS) {
            if (!only.isEmpty() && !only.contains(section.name())) continue;
            log.println("Measuring " + section.name() + " on the " + size.name().toLowerCase(java.util.Locale.ROOT) + " real-footage corpus...");
            section.run(new QualityRun(Files.createDirectories(work.resolve(section.name())), size, log), table);
        }
        return table;
    }
}
