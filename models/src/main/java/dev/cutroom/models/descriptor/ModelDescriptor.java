package dev.cutroom.models.descriptor;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * What Cutroom knows about one model without running it: where its files come from, their hashes,
 * licence, and the tensors it takes and returns. Stored as JSON ({@code "schema": "ModelDescriptor.1"}).
 *
 * @param schema               schema name and version
 * @param id                   stable id, e.g. {@code realesr-animevideov3-x2}
 * @param version              version of the weights
 * @param name                 human-readable name
 * @param task                 e.g. {@code super-resolution}
 * @param format               format of the stored files: {@code ncnn} or {@code onnx}
 * @param files                the stored files with their SHA-256
 * @param licence              licence of the weights
 * @param source               where the files were obtained
 * @param upstream             the original project
 * @param inputs               input tensors in model order
 * @param outputs              output tensors in model order
 * @param scale                output/input size ratio for image models (1 when not applicable)
 * @param receptiveFieldRadius input pixels on each side that affect one output pixel (for tiling)
 * @param notes                anything a user of the model must know
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelDescriptor(String schema, String id, String version, String name, String task, String format,
                              List<FileEntry> files, Licence licence, Source source, String upstream,
                              List<TensorSpec> inputs, List<TensorSpec> outputs, int scale,
                              int receptiveFieldRadius, String notes) {

    /** The schema this class reads and writes. */
    public static final String SCHEMA = "ModelDescriptor.1";

    public ModelDescriptor {
        files = List.copyOf(files);
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
    }

    /** @return the file with this role, e.g. {@code ncnn-param} */
    public FileEntry file(String role) {
        return files.stream().filter(f -> f.role().equals(role)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id + " has no file with role " + role));
    }

    /**
     * One stored file.
     *
     * @param role       what it is ({@code ncnn-param}, {@code ncnn-bin}, {@code onnx})
     * @param path       path relative to the models module ({@code weights/...})
     * @param sha256     lower-case hex SHA-256 of its bytes
     * @param size       size in bytes
     * @param sourcePath its path inside the source package
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FileEntry(String role, String path, String sha256, long size, String sourcePath) {
    }

    /** @param spdx SPDX expression, @param notes attribution and conditions */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Licence(String spdx, String notes) {
    }

    /**
     * @param kind    registry kind, e.g. {@code npm}
     * @param pkg     package name
     * @param version package version
     * @param fetch   the command that fetches it
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Source(String kind, @com.fasterxml.jackson.annotation.JsonProperty("package") String pkg,
                         String version, String fetch) {
    }

    /**
     * @param name        tensor name in the model
     * @param layout      e.g. {@code NCHW}
     * @param colour      e.g. {@code RGB}
     * @param elementType e.g. {@code float32}
     * @param range       expected value range {@code [min, max]}
     * @param shape       dimensions: numbers are fixed sizes, strings are symbolic
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TensorSpec(String name, String layout, String colour, String elementType, List<Double> range,
                             List<Object> shape) {
    }
}
