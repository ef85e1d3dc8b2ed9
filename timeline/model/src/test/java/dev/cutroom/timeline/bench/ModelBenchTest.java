package dev.cutroom.timeline.bench;

import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Checks that every bench operation does real, valid work; no timing here. */
class ModelBenchTest {
    @Test
    void everyEditChangesTheProjectAndKeepsTheInvariants() {
        try (ModelBench bench = new ModelBench(2_000, 11)) {
            Project start = bench.project();
            Set<String> wholeProject = Set.of("invariantCheck", "saveToBytes", "loadFromBytes", "saveToFile", "loadFromFile");
            for (ModelBench.Operation op : bench.operations()) {
                if (wholeProject.contains(op.name())) continue;
                Project after = (Project) op.run().get();
                if (op.name().equals("undoRippleDelete")) {
                    assertThat(after).as(op.name()).isEqualTo(start);
                    assertThat(bench.lastUndoNanos()).isPositive();
                } else {
                    assertThat(after).as(op.name()).isNotEqualTo(start);
                }
                Invariants.check(after);
            }
            assertThat(bench.project()).as("edits never change the starting project").isSameAs(start);
        }
    }

    @Test
    void saveAndLoadRoundTripInMemoryAndOnDisk() throws Exception {
        Path folder;
        try (ModelBench bench = new ModelBench(500, 3)) {
            assertThat(bench.loadFromBytes()).isEqualTo(bench.project());
            assertThat(new String(bench.saveToBytes(), java.nio.charset.StandardCharsets.UTF_8)).contains("\"schema\" : \"Project.2\"");
            Path file = bench.saveToFile();
            assertThat(file).exists();
            assertThat(bench.loadFromFile()).isEqualTo(bench.project());
            assertThat(bench.invariantCheck()).isSameAs(bench.project());
            folder = file.getParent();
        }
        assertThat(Files.exists(folder)).as("close() removes the temp folder").isFalse();
    }

    @Test
    void theDefaultProjectIsDeterministicWithTenThousandClips() {
        Project p = ModelBench.tenThousandClipProject();
        assertThat(p.timeline().tracks().stream().mapToInt(t -> t.clips().size()).sum()).isEqualTo(ModelBench.CLIPS).isEqualTo(10_000);
        assertThat(ModelBench.tenThousandClipProject()).isEqualTo(p);
        assertThat(new ModelBench(500, 3).project()).isNotEqualTo(new ModelBench(500, 4).project());
        assertThatThrownBy(() -> new ModelBench(10, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
