package dev.cutroom.models.runtime;

import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import java.util.List;

/**
 * Runs one loaded model on float tensors. <b>Not thread-safe</b>: create one per job or per thread
 * with {@link LoadedModel#newPredictor()}, and close it when the job ends.
 */
public final class TensorPredictor implements AutoCloseable {

    private final Predictor<FloatTensor[], FloatTensor[]> predictor;
    private final String modelName;

    TensorPredictor(Predictor<FloatTensor[], FloatTensor[]> predictor, String modelName) {
        this.predictor = predictor;
        this.modelName = modelName;
    }

    /**
     * @param inputs the model's inputs, in its declared order
     * @return all its outputs, in declared order
     * @throws ModelRunException when the engine rejects the inputs or fails
     */
    public List<FloatTensor> predict(FloatTensor... inputs) {
        try {
            return List.of(predictor.predict(inputs));
        } catch (TranslateException e) {
            throw new ModelRunException("running " + modelName + " failed: " + e.getMessage(), e);
        }
    }

    /** Runs a one-input model and returns its first output. */
    public FloatTensor predictOne(FloatTensor input) {
        return predict(input).get(0);
    }

    @Override
    public void close() {
        predictor.close();
    }
}
