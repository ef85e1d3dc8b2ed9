package dev.cutroom.models.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The MiniLM text encoder: files from the langchain4j jar on the class path, int64 inputs through DJL. */
class MiniLmModelTest {

    @TempDir
    Path cacheDir;

    @Test
    void itsFilesComeFromTheClassPathAndMatchTheirHashes() {
        ModelDescriptor d = ModelCatalog.descriptor("all-minilm-l6-v2-q");
        assertThat(d.format()).isEqualTo("onnx");
        assertThat(ModelCatalog.BUILT_IN).contains(d.id());
        for (ModelDescriptor.FileEntry f : d.files()) {
            assertThat(ModelCatalog.fileBytes(f)).hasSize((int) f.size()); // verifies SHA-256
        }
        var tampered = new ModelDescriptor.FileEntry("onnx", d.file("onnx").path(), "00".repeat(32), 0, "");
        assertThatThrownBy(() -> ModelCatalog.fileBytes(tampered)).hasMessageContaining("does not match");
    }

    @Test
    void runsOnTokenIdsAndGivesOneFeatureVectorPerToken() {
        ModelDescriptor d = ModelCatalog.descriptor("all-minilm-l6-v2-q");
        Path onnx = new ModelCache(cacheDir).onnxFile(d);
        try (LongInputModel model = ModelRuntime.cpu(1).loadLongInput(onnx)) {
            // [CLS] hello world [SEP] in BERT's uncased vocabulary
            long[] ids = {101, 7592, 2088, 102};
            List<FloatTensor> out = model.predict(LongTensor.row(ids), LongTensor.row(1, 1, 1, 1), LongTensor.row(0, 0, 0, 0));
            assertThat(out.get(0).shape()).containsExactly(1, 4, 384);
            List<FloatTensor> other = model.predict(LongTensor.row(101, 2829, 102), LongTensor.row(1, 1, 1), LongTensor.row(0, 0, 0));
            assertThat(other.get(0).shape()).containsExactly(1, 3, 384);
            assertThat(out.get(0).data()[0]).isNotEqualTo(other.get(0).data()[0]);
            for (float v : out.get(0).data()) assertThat(Float.isFinite(v)).isTrue();
        }
    }

    @Test
    void longTensorChecksItsShape() {
        assertThatThrownBy(() -> new LongTensor(new long[] {2, 2}, new long[3])).hasMessageContaining("needs 4");
        assertThat(LongTensor.row(5, 6).shape()).containsExactly(1, 2);
    }
}
