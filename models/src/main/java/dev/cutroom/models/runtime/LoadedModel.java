package dev.cutroom.models.runtime;

import ai.djl.repository.zoo.ZooModel;

/**
 * An ONNX model loaded into ONNX Runtime on one device. Thread-safe to share; each job gets its own
 * {@link TensorPredictor}. Close it to free the native session.
 */
public final class LoadedModel implements AutoCloseable {

    private final ZooModel<FloatTensor[], FloatTensor[]> model;
    private final String deviceName;

    LoadedModel(ZooModel<FloatTensor[], FloatTensor[]> model, String deviceName) {
        this.model = model;
        this.deviceName = deviceName;
    }

    /** @return a new predictor; the caller closes it */
    public TensorPredictor newPredictor() {
        return new TensorPredictor(model.newPredictor(), model.getName());
    }

    /** @return where it runs, for job logs, e.g. {@code "OnnxRuntime 1.21.1 on cpu()"} */
    public String deviceName() {
        return deviceName;
    }

    @Override
    public void close() {
        model.close();
    }
}
