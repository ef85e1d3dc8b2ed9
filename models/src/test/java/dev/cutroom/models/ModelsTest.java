package dev.cutroom.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.TensorPredictor;
import dev.cutroom.models.tiling.TiledImageRunner;
import dev.cutroom.models.tiling.TilingOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelsTest {

    @Test
    void opensABuiltInModelAndUpscalesAFrameInBatchedTiles(@TempDir Path cache) {
        Models models = new Models(TestRuntime.RUNTIME, new ModelCache(cache));
        var descriptor = models.describe("realesr-animevideov3-x3");
        try (LoadedModel m = models.openBuiltIn(descriptor.id()); TensorPredictor p = m.newPredictor()) {
            assertThat(m.deviceName()).isEqualTo(models.deviceName());
            FloatTensor frame = TestRuntime.random(11, 0, 1, 1, 3, 100, 120);
            TilingOptions tiles = TilingOptions.forReceptiveField(descriptor.receptiveFieldRadius(), 92, 2);
            FloatTensor out = new TiledImageRunner(tiles).run(frame, p::predictOne);
            assertThat(out.shape()).containsExactly(1, 3, 100L * descriptor.scale(), 120L * descriptor.scale());
            assertThat(out.maxAbsDifference(p.predictOne(frame))).isLessThan(1e-4f);
        }
    }
}
