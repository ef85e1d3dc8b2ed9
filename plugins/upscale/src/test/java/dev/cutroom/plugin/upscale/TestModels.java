package dev.cutroom.plugin.upscale;

import dev.cutroom.models.Models;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The real built-in models through the host's model access, for tests that call the plugin's pieces directly. */
final class TestModels {
    private static Models models;

    private TestModels() {}

    static synchronized ModelAccess access() {
        if (models == null) models = Models.createDefault();
        Models m = models;
        return new HostModelAccess(List.of(UpscalePlan.modelId(2), UpscalePlan.modelId(3), UpscalePlan.modelId(4)), () -> m, ModelSources.standard(null));
    }

    static InferenceSession open(int scale) {
        try {
            return access().open(UpscalePlan.modelId(scale));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
