package dev.cutroom.plugin.host.model;

import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.TensorPredictor;
import dev.cutroom.plugin.api.InferenceSession;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.api.Tensor;
import java.util.List;

/** An {@link InferenceSession} over one loaded model and one predictor. Not thread-safe, like the predictor. */
final class ModelSession implements InferenceSession {
    private final ModelInfo info;
    private final LoadedModel model;
    private final TensorPredictor predictor;

    ModelSession(ModelInfo info, LoadedModel model) {
        this.info = info;
        this.model = model;
        this.predictor = model.newPredictor();
    }

    @Override
    public ModelInfo model() {
        return info;
    }

    @Override
    public String device() {
        return model.deviceName();
    }

    @Override
    public List<Tensor> run(Tensor... inputs) {
        FloatTensor[] in = new FloatTensor[inputs.length];
        for (int i = 0; i < inputs.length; i++) in[i] = new FloatTensor(inputs[i].shape(), inputs[i].data());
        return predictor.predict(in).stream().map(t -> new Tensor(t.shape(), t.data())).toList();
    }

    @Override
    public void close() {
        try {
            predictor.close();
        } finally {
            model.close();
        }
    }
}
