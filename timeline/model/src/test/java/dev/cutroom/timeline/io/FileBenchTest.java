package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.bench.FileBench;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Track;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks the benchmark inputs are right; no timing in unit tests. */
class FileBenchTest {
    @Test
    void tenThousandClipsIsDeterministicValidAndRoundTrips(@TempDir Path dir) throws Exception {
        Project p = FileBench.tenThousandClips();
        assertThat(p.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum()).isEqualTo(10_000);
        assertThat(p.timeline().tracks()).extracting(Track::name).containsExactly("V1", "V2", "A1", "A2");
        assertThat(ProjectCheck.problems(p)).isEmpty();
        byte[] bytes = FileBench.save(p);
        assertThat(FileBench.save(FileBench.tenThousandClips())).isEqualTo(bytes);
        assertThat(FileBench.load(bytes)).isEqualTo(p);
        Path file = dir.resolve("big.cutroom");
        FileBench.save(p, file);
        assertThat(FileBench.load(file)).isEqualTo(p);
    }
}
