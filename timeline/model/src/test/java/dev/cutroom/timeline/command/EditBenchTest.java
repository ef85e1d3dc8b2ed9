package dev.cutroom.timeline.command;

import dev.cutroom.timeline.command.bench.EditBench;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EditBenchTest {
    @Test
    void everyBenchEditWorksAndKeepsTheInvariants() {
        EditBench bench = new EditBench(2_000, 7);
        assertThat(bench.clipCount()).isEqualTo(2_000);
        Invariants.check(bench.project());
        for (EditBench.Edit e : bench.edits()) {
            for (int i = 0; i < 5; i++) {
                Project p = e.run().get();
                assertThat(p).as(e.name()).isNotSameAs(bench.project());
                Invariants.check(p);
            }
        }
    }

    @Test
    void defaultProjectHasTenThousandClips() {
        assertThat(new EditBench().clipCount()).isEqualTo(EditBench.DEFAULT_CLIPS);
    }
}
