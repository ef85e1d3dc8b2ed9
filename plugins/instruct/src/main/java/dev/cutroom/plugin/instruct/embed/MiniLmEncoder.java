package dev.cutroom.plugin.instruct.embed;

import dev.cutroom.models.descriptor.ModelCache;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.ModelSource;
import dev.cutroom.models.runtime.FloatTensor;
import dev.cutroom.models.runtime.LongInputModel;
import dev.cutroom.models.runtime.LongTensor;
import dev.cutroom.models.runtime.ModelRuntime;
import dev.cutroom.plugin.api.ModelInfo;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * all-MiniLM-L6-v2 (quantized) through ONNX Runtime: WordPiece ids in, mean of the last hidden state over
 * the tokens out, L2-normalised. Files come from the class path (langchain4j's jar) with their SHA-256
 * checked against the descriptor. Thread-safe.
 */
public final class MiniLmEncoder implements SentenceEncoder, AutoCloseable {

    /** The model id in the catalog and the plugin descriptor. */
    public static final String MODEL_ID = "all-minilm-l6-v2-q";
    private static final int MAX_TOKENS = 128;

    private final WordPieceTokenizer tokenizer;
    private final LongInputModel model;
    private final ModelInfo info;

    private MiniLmEncoder(WordPieceTokenizer tokenizer, LongInputModel model, ModelInfo info) {
        this.tokenizer = tokenizer;
        this.model = model;
        this.info = info;
    }

    /**
     * Loads the model: verifies both files, caches the ONNX file, starts a one-thread CPU session (short
     * sentences; more threads only add overhead and the editor's cores are busy decoding).
     *
     * @throws RuntimeException naming what is missing or wrong
     */
    public static MiniLmEncoder load(Path cacheRoot) {
        ModelDescriptor d = ModelCatalog.descriptor(MODEL_ID);
        WordPieceTokenizer tokenizer = WordPieceTokenizer.fromTokenizerJson(
                ModelSource.builtIn().read(d.file("tokenizer")), MAX_TOKENS);
        Path onnx = new ModelCache(cacheRoot).onnxFile(d, ModelSource.builtIn());
        LongInputModel model = ModelRuntime.cpu(1).loadLongInput(onnx);
        String sha = d.files().stream().max(Comparator.comparingLong(ModelDescriptor.FileEntry::size))
                .map(ModelDescriptor.FileEntry::sha256).orElse("");
        return new MiniLmEncoder(tokenizer, model, new ModelInfo(d.id(), d.version(), sha));
    }

    /** Identity of the weights, for provenance. */
    public ModelInfo info() {
        return info;
    }

    @Override
    public boolean knowsWord(String word) {
        return tokenizer.hasWord(word);
    }

    @Override
    public float[] encode(String sentence) {
        long[] ids = tokenizer.encode(sentence);
        long[] mask = new long[ids.length];
        java.util.Arrays.fill(mask, 1);
        FloatTensor hidden = model.predict(LongTensor.row(ids), LongTensor.row(mask), LongTensor.row(new long[ids.length])).get(0);
        return meanPoolNormalised(hidden, mask);
    }

    /** Mean over the tokens whose mask is 1, then scaled to unit length. */
    static float[] meanPoolNormalised(FloatTensor hidden, long[] mask) {
        int seq = hidden.dim(1);
        int width = hidden.dim(2);
        float[] sum = new float[width];
        int count = 0;
        for (int t = 0; t < seq; t++) {
            if (mask[t] == 0) continue;
            count++;
            for (int j = 0; j < width; j++) sum[j] += hidden.data()[t * width + j];
        }
        double norm = 0;
        for (int j = 0; j < width; j++) {
            sum[j] /= Math.max(count, 1);
            norm += sum[j] * sum[j];
        }
        float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
        for (int j = 0; j < width; j++) sum[j] *= scale;
        return sum;
    }

    @Override
    public void close() {
        model.close();
    }
}
