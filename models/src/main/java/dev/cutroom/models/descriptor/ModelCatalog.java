package dev.cutroom.models.descriptor;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The models that ship inside the {@code cutroom-models} jar: their descriptors and files, read from
 * the class path ({@code dev/cutroom/models/descriptors/<id>.json} and
 * {@code dev/cutroom/models/<file path>}). A file path starting with {@value #CLASS_PATH_PREFIX} names a
 * resource at the root of the class path instead: models whose files come in a dependency's jar (the
 * MiniLM text encoder comes in a langchain4j artifact that Cutroom uses only for its resources).
 */
public final class ModelCatalog {

    /** Ids of the models shipped with Cutroom. */
    public static final List<String> BUILT_IN = List.of(
            "realesr-animevideov3-x2", "realesr-animevideov3-x3", "realesr-animevideov3-x4",
            "all-minilm-l6-v2-q", "mediapipe-selfie-segmentation", "rife-v4.6");

    /** Prefix of a file path that is a class-path resource of another jar, e.g. {@code classpath:model.onnx}. */
    public static final String CLASS_PATH_PREFIX = "classpath:";

    /**
     * Ids of described models whose weights are not shipped, pulled on request. The selfie (213 KB) and RIFE
     * (10.6 MB) weights were committed; realesrgan-x4plus stays pulled because its only offline copy comes in an
     * AGPL-3.0 package, which each user fetches knowingly.
     */
    public static final List<String> PULLED = List.of("realesrgan-x4plus");

    private static final String ROOT = "/dev/cutroom/models/";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ModelCatalog() {
    }

    /**
     * @param id a descriptor shipped in the jar: a built-in model, or one whose weights the user
     *           pulls separately (see {@link #PULLED})
     * @return its descriptor
     */
    public static ModelDescriptor descriptor(String id) {
        try (InputStream in = open("descriptors/" + id + ".json")) {
            return parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read descriptor " + id, e);
        }
    }

    /** Parses descriptor JSON, rejecting unknown schema versions. */
    public static ModelDescriptor parse(byte[] json) throws IOException {
        ModelDescriptor d = JSON.readValue(json, ModelDescriptor.class);
        if (!ModelDescriptor.SCHEMA.equals(d.schema())) {
            throw new IOException(d.id() + ": unknown descriptor schema " + d.schema());
        }
        return d;
    }

    /** @return the bytes of one of a built-in model's files, after checking its SHA-256 */
    public static byte[] fileBytes(ModelDescriptor.FileEntry file) {
        try (InputStream in = open(file.path())) {
            byte[] bytes = in.readAllBytes();
            Sha256.verify(bytes, file.sha256(), file.path());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path(), e);
        }
    }

    private static InputStream open(String relative) throws IOException {
        String resource = relative.startsWith(CLASS_PATH_PREFIX)
                ? "/" + relative.substring(CLASS_PATH_PREFIX.length()) : ROOT + relative;
        InputStream in = ModelCatalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("not on the class path: " + resource);
        }
        return in;
    }
}
