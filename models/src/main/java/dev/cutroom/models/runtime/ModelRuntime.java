package dev.cutroom.models.runtime;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads ONNX models into ONNX Runtime through DJL, offline, on the best device available.
 *
 * <p>The device is a GPU only when DJL sees one <em>and</em> the ONNX Runtime build has the CUDA
 * provider; the stock {@code onnxruntime} jar is CPU-only, and DJL would otherwise report a GPU it
 * then silently does not use. Thread-safe.
 */
public final class ModelRuntime {

    /** DJL's name for the ONNX Runtime engine. */
    public static final String ENGINE = "OnnxRuntime";

    private final Device device;
    private final int intraOpThreads;

    private ModelRuntime(Device device, int intraOpThreads) {
        this.device = device;
        this.intraOpThreads = intraOpThreads;
    }

    /** A runtime on the best device, using ONNX Runtime's default thread count. */
    public static ModelRuntime create() {
        return new ModelRuntime(chooseDevice(), 0);
    }

    /** A runtime on the CPU with at most {@code threads} threads per operator (0 = engine default). */
    public static ModelRuntime cpu(int threads) {
        return new ModelRuntime(Device.cpu(), threads);
    }

    /** @return the chosen device */
    public Device device() {
        return device;
    }

    /** @return engine, version and device, for job logs, e.g. {@code "OnnxRuntime 1.21.1 on cpu()"} */
    public String deviceName() {
        return ENGINE + " " + Engine.getEngine(ENGINE).getVersion() + " on " + device;
    }

    /**
     * Loads an ONNX file.
     *
     * @param onnxFile the model
     * @return the loaded model; the caller closes it
     * @throws ModelRunException when the file is missing or ONNX Runtime rejects it
     */
    public LoadedModel load(Path onnxFile) {
        return new LoadedModel(loadZoo(onnxFile, FloatTensor[].class, new FloatTensorTranslator()), deviceName());
    }

    /**
     * Loads an ONNX file whose inputs are int64, such as a text encoder taking token ids.
     *
     * @param onnxFile the model
     * @return the loaded model; the caller closes it
     * @throws ModelRunException when the file is missing or ONNX Runtime rejects it
     */
    public LongInputModel loadLongInput(Path onnxFile) {
        return new LongInputModel(loadZoo(onnxFile, LongTensor[].class, new LongInputTranslator()), deviceName());
    }

    private <I> ZooModel<I, FloatTensor[]> loadZoo(Path onnxFile, Class<I> inputType,
                                                   ai.djl.translate.Translator<I, FloatTensor[]> translator) {
        if (!Files.isRegularFile(onnxFile)) {
            throw new ModelRunException("no model file at " + onnxFile, null);
        }
        Path file = onnxFile.toAbsolutePath();
        String name = file.getFileName().toString().replaceFirst("\\.onnx$", "");
        var builder = Criteria.builder()
                .setTypes(inputType, FloatTensor[].class)
                .optModelPath(file.getParent())
                .optModelName(name)
                .optEngine(ENGINE)
                .optDevice(device)
                .optTranslator(translator);
        if (intraOpThreads > 0) {
            builder.optOption("intraOpNumThreads", Integer.toString(intraOpThreads))
                    .optOption("interOpNumThreads", "1");
        }
        try {
            return builder.build().loadModel();
        } catch (ModelNotFoundException | MalformedModelException | IOException e) {
            throw new ModelRunException("cannot load " + onnxFile + ": " + e.getMessage(), e);
        }
    }

    private static Device chooseDevice() {
        boolean djlSeesGpu = Engine.getEngine(ENGINE).getGpuCount() > 0;
        boolean ortHasCuda = OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA);
        return djlSeesGpu && ortHasCuda ? Device.gpu() : Device.cpu();
    }
}
