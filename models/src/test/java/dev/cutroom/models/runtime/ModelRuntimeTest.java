package dev.cutroom.models.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelRuntimeTest {

    @Test
    void choosesADeviceAndNamesItForJobLogs() {
        ModelRuntime runtime = ModelRuntime.create();
        assertThat(runtime.deviceName()).startsWith("OnnxRuntime 1.").contains(runtime.device().toString());
        // the stock onnxruntime jar has no CUDA provider, so the device must be the CPU whatever the machine
        assertThat(runtime.device().isGpu()).isFalse();
    }

    @Test
    void missingAndCorruptModelsFailWithAClearMessage(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ModelRuntime.cpu(1).load(dir.resolve("none.onnx")))
                .isInstanceOf(ModelRunException.class).hasMessageContaining("no model file");
        Path junk = Files.write(dir.resolve("junk.onnx"), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> ModelRuntime.cpu(1).load(junk)).isInstanceOf(ModelRunException.class)
                .hasMessageContaining("junk.onnx");
    }

    @Test
    void floatTensorChecksItsShape() {
        assertThatThrownBy(() -> new FloatTensor(new long[] {2, 3}, new float[5])).hasMessageContaining("needs 6");
        assertThat(FloatTensor.zeros(1, 2).maxAbsDifference(new FloatTensor(new long[] {1, 2}, new float[] {0, -2})))
                .isEqualTo(2f);
    }
}
