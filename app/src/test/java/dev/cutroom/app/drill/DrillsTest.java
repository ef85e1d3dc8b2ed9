package dev.cutroom.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each drill with a few trials (the full counts run in {@code cutroom drill}): every trial must pass. A drill that
 * cannot run here (the full disk without root) must say why.
 */
class DrillsTest {
    @TempDir
    Path work;

    private static DrillResult passes(Drill drill, int trials, Path work) throws Exception {
        DrillResult r = drill.run(trials, work.resolve(drill.name()));
        System.out.println(r);
        assertThat(r.skipped()).as("skipped").isNull();
        assertThat(r.failureLines()).as(drill.name() + " failures").isEmpty();
        assertThat(r.trials()).isEqualTo(trials);
        assertThat(r.passed()).isEqualTo(trials);
        return r;
    }

    /** Kill -9 while saving a 10,000-clip project: the file and .bak are always one of the two saves; no temp remains. */
    @Test
    void saveKill() throws Exception {
        passes(new SaveKillDrill(7), 4, work);
    }

    /** Kill -9 while exporting: nothing or a complete MP4 under the target name; the next export cleans the .part. */
    @Test
    void exportKill() throws Exception {
        passes(new ExportKillDrill(7), 4, work);
    }

    /** The same on a 300-frame export: kills land deep into the file. */
    @Test
    void exportKillLong() throws Exception {
        passes(ExportKillDrill.longer(7), 2, work);
    }

    /** Kill -9 while editing with autosave: recovery is offered and at most the autosave interval is lost. */
    @Test
    void autosaveKill() throws Exception {
        DrillResult r = passes(new AutosaveKillDrill(7), 5, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("most edits lost"));
    }

    /** Mutated project files: only ProjectFileException naming the file, no other exception, no hang. */
    @Test
    void fuzzProject() throws Exception {
        DrillResult r = passes(new ProjectFuzzDrill(7), 400, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("refused: "));
    }

    /** A full / nearly full 1 MB tmpfs: save and export fail clearly; the previous save stays; no partial file. Needs root. */
    @Test
    void fullDisk() throws Exception {
        Drill drill = new FullDiskDrill();
        DrillResult r = drill.run(2, work.resolve(drill.name())); // a full disk, then a nearly full one
        System.out.println(r);
        if (r.skipped() != null) {
            assertThat(r.skipped()).containsAnyOf("root", "tmpfs", "Linux");
            return;
        }
        assertThat(r.failureLines()).isEmpty();
        assertThat(r.ok()).isTrue();
    }

    /** Plugins that throw, run out of memory, crash, hang + cancel: the unsaved edits and undo stack survive. */
    @Test
    void pluginFailure() throws Exception {
        DrillResult r = passes(new PluginFailureDrill(), 4, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("CANCELLED"));
    }

    /** ../../etc/passwd and /etc/shadow media are reported and refused by render; ../evil jar entries are refused. */
    @Test
    void hostileInput() throws Exception {
        Drill drill = new HostileInputDrill();
        passes(drill, drill.defaultTrials(), work);
    }

    /** Two cutroom edit processes at once: each applied, or refused naming the holder; never a lost update. */
    @Test
    void concurrentEdits() throws Exception {
        DrillResult r = passes(new ConcurrentEditsDrill(), 2, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("edit applied"));
    }

    /** A plugin run with an edit saved while its job runs: both kept, or the result refused when its clip changed. */
    @Test
    void pluginRace() throws Exception {
        DrillResult r = passes(new PluginRaceDrill(), 2, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("edit and split both kept"))
                .anySatisfy(n -> assertThat(n).contains("result refused: the clip changed while the job ran"));
    }

    /** Symlinked project, .bak folder, read-only file, render onto the project, FIFO, /dev/zero. */
    @Test
    void fileGuards() throws Exception {
        Drill drill = new FileGuardsDrill();
        passes(drill, drill.defaultTrials(), work);
    }

    /** Mutated .otio files (the Resolve, Premiere and Kdenlive fixtures and a Cutroom export): only OtioException naming the file. */
    @Test
    void fuzzOtio() throws Exception {
        DrillResult r = passes(new OtioFuzzDrill(7), 300, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("refused: "))
                .anySatisfy(n -> assertThat(n).contains("imported (harmless mutation)"));
    }

    /** Mutated CMX 3600 lists and FCPXML files (Cutroom's own export of the drills' project): only an error naming the file. */
    @Test
    void fuzzEdlAndFcpxml() throws Exception {
        for (var format : InterchangeFuzzDrill.Format.values()) {
            DrillResult r = passes(new InterchangeFuzzDrill(format, 7), 300, work.resolve(format.name()));
            assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("refused: "))
                    .anySatisfy(n -> assertThat(n).contains("imported (harmless mutation)"));
        }
    }

    /** The drill's .otio seeds are the otio module's test fixtures, byte for byte. */
    @Test
    void fuzzOtioSeedsAreTheOtioFixtures() throws Exception {
        for (String name : OtioFuzzDrill.FIXTURES) {
            Path fixture = Path.of("..", "timeline", "otio", "src", "test", "resources", "fixtures", name);
            try (var in = OtioFuzzDrill.class.getResourceAsStream("otio/" + name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(java.nio.file.Files.readAllBytes(fixture));
            }
        }
    }

    /** Each kind of broken media once: a clear error naming the file, and the rest of the cut still exports. */
    @Test
    void corruptMedia() throws Exception {
        DrillResult r = passes(new CorruptMediaDrill(7), CorruptMedia.values().length, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("zero-byte: clear error naming the file"));
    }

    /** A plugin that hangs until its time limit (not cancelled): TIMED_OUT, and the unsaved edits survive. */
    @Test
    void pluginTimeout() throws Exception {
        DrillResult r = passes(new PluginTimeoutDrill(), 2, work);
        assertThat(r.notes()).anySatisfy(n -> assertThat(n).startsWith("slowest time from submit"));
    }

    /** A plugin's forged protocol lines on stdout/stderr never become the job's result. */
    @Test
    void forgedProtocol() throws Exception {
        passes(new PluginSafetyDrill(PluginSafetyDrill.Kind.FORGED_PROTOCOL), 1, work);
    }

    /** A plugin's results that are links, FIFOs or files through linked folders are refused. */
    @Test
    void resultLinks() throws Exception {
        passes(new PluginSafetyDrill(PluginSafetyDrill.Kind.RESULT_LINKS), 4, work);
    }

    /** Where Landlock is available, writing ~/.bashrc, reading a non-input file and connecting over TCP are each refused. */
    @Test
    void pluginConfinement() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.cutroom.plugin.host.sandbox.Sandbox.detect().available());
        passes(new PluginSafetyDrill(PluginSafetyDrill.Kind.CONFINEMENT), 3, work);
    }
}
