package dev.cutroom.models.runtime;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import java.util.List;

/**
 * An ONNX model whose inputs are int64 (token ids and masks of a language model) and whose outputs are
 * read as floats. Thread-safe: {@link #predict} serialises calls on one predictor, which is what a
 * small, fast model shared by a whole JVM wants. Close it to free the native session.
 */
public final class LongInputModel implements AutoCloseable {

    private final ZooModel<LongTensor[], FloatTensor[]> model;
    private final Predictor<LongTensor[], FloatTensor[]> predictor;
    private final String deviceName;

    LongInputModel(ZooModel<LongTensor[], FloatTensor[]> model, String deviceName) {
        this.model = model;
        this.predictor = model.newPredictor();
        this.deviceName = deviceName;
    }

    /**
     * @param inputs the model's inputs, in its declared order
     * @return all its outputs, in declared order
     * @throws ModelRunException when the engine rejects the inputs or fails
     */
    public synchronized List<FloatTensor> predict(LongTensor... inputs) {
        try {
            return List.of(predictor.predict(inputs));
        } catch (TranslateException e) {
            throw new ModelRunException("running " + model.getName() + " failed: " + e.getMessage(), e);
        }
    }

    /** @return where it runs, e.g. {@code "OnnxRuntime 1.21.1 on cpu()"} */
    public String deviceName() {
        return deviceName;
    }

    @Override
    public synchronized void close() {
        predictor.close();
        model.close();
    }
}
