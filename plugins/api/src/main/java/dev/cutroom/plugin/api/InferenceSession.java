package dev.cutroom.plugin.api;

import java.util.List;

/** A loaded model ready to run. Not thread-safe: use it on the thread that opened it, then close it. */
public interface InferenceSession extends AutoCloseable {

    /** Which model this is. Opening thread. */
    ModelInfo model();

    /** The device it runs on, e.g. {@code "OnnxRuntime on cpu()"}. Opening thread. */
    String device();

    /** Runs the model on its inputs, in the model's input order; returns outputs in its output order. Opening thread. */
    List<Tensor> run(Tensor... inputs);

    /** {@link #run} for a model with one input and one output. Opening thread. */
    default Tensor runOne(Tensor input) {
        return run(input).getFirst();
    }

    /** Frees the model's native memory. Opening thread. */
    @Override
    void close();
}
