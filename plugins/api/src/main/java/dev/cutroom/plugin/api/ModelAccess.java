package dev.cutroom.plugin.api;

import java.io.IOException;

/**
 * Opens the models a plugin declared in its descriptor. The host records every model opened in the
 * result's provenance. Implemented by the host.
 */
public interface ModelAccess {

    /**
     * Describes a declared model without loading it. Job thread.
     *
     * @throws IllegalArgumentException when the model is not declared in the descriptor or unknown
     */
    ModelInfo describe(String modelId);

    /**
     * Loads a declared model for inference on the host's chosen device. Job thread; the session belongs
     * to the thread that opened it (open one per thread).
     *
     * @throws IllegalArgumentException when the model is not declared in the descriptor or unknown
     * @throws IOException when its files are missing (the message names the command that fetches them)
     */
    InferenceSession open(String modelId) throws IOException;
}
