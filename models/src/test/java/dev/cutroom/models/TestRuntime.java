package dev.cutroom.models;

import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.onnx.OnnxSerializer;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LoadedModel;
import dev.cutroom.models.runtime.ModelRuntime;
import dev.cutroom.models.runtime.TensorPredictor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/** Test helpers: run an in-memory ONNX model through the real runtime, make random inputs. */
public final class TestRuntime {

    /** Two threads at most: the build machine's cores are shared. */
    public static final ModelRuntime RUNTIME = ModelRuntime.cpu(2);

    private TestRuntime() {
    }

    /** Serialises {@code model}, loads it through DJL/ONNX Runtime and runs it once. */
    public static List<FloatTensor> run(OnnxModel model, FloatTensor... inputs) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "test-models"));
            Path file = Files.createTempFile(dir, model.graph().name(), ".onnx");
            OnnxSerializer.write(model, file);
            try (LoadedModel loaded = RUNTIME.load(file); TensorPredictor p = loaded.newPredictor()) {
                return p.predict(inputs);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A tensor of uniform random values in {@code [lo, hi)}. */
    public static FloatTensor random(long seed, float lo, float hi, long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        Random r = new Random(seed);
        for (int i = 0; i < t.data().length; i++) {
            t.data()[i] = lo + (hi - lo) * r.nextFloat();
        }
        return t;
    }
}
