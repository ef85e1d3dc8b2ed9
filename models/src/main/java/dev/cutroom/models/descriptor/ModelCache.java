package dev.cutroom.models.descriptor;

import dev.cutroom.models.convert.ConversionOptions;
import dev.cutroom.models.convert.NcnnToOnnxConverter;
import dev.cutroom.models.ncnn.NcnnGraph;
import dev.cutroom.models.ncnn.NcnnModelReader;
import dev.cutroom.models.onnx.OnnxDim;
import dev.cutroom.models.onnx.OnnxModel;
import dev.cutroom.models.onnx.OnnxSerializer;
import dev.cutroom.models.tfjs.TfjsGraph;
import dev.cutroom.models.tfjs.TfjsModelReader;
import dev.cutroom.models.tfjs.TfjsToOnnxConverter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns shipped model files into ONNX files in a cache folder on first use, and returns the cached
 * file afterwards. The cache key includes the source files' hashes, so changed weights never reuse a
 * stale conversion. Files are written atomically, so concurrent first uses (threads or processes)
 * are safe: both write the same bytes and the rename wins.
 */
public final class ModelCache {

    /** System property that overrides the cache folder. */
    public static final String CACHE_DIR_PROPERTY = "cutroom.models.cache";
    /** Bump when the converter's output changes, so old cached conversions are not reused. */
    static final String CONVERTER_VERSION = "c1";

    private final Path root;
    private final NcnnToOnnxConverter converter = new NcnnToOnnxConverter();

    /** @param root folder for converted models */
    public ModelCache(Path root) {
        this.root = root;
    }

    /** A cache under {@code -Dcutroom.models.cache}, else {@code ~/.cache/cutroom/models}. */
    public static ModelCache defaultCache() {
        String dir = System.getProperty(CACHE_DIR_PROPERTY);
        return new ModelCache(dir != null ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".cache", "cutroom", "models"));
    }

    /**
     * @param descriptor a built-in model's descriptor
     * @return the ONNX file for it, converting it now when it is not cached yet
     */
    public Path onnxFile(ModelDescriptor descriptor) {
        return onnxFile(descriptor, ModelSource.builtIn());
    }

    /**
     * @param descriptor the model's descriptor
     * @param source     where its stored files are
     * @return the ONNX file for it, converting it now when it is not cached yet
     */
    public synchronized Path onnxFile(ModelDescriptor descriptor, ModelSource source) {
        String key = descriptor.files().stream().map(f -> f.sha256().substring(0, 12))
                .reduce(CONVERTER_VERSION, (a, b) -> a + "-" + b);
        Path file = root.resolve(descriptor.id()).resolve(descriptor.version()).resolve(key)
                .resolve(descriptor.id() + ".onnx");
        if (Files.isRegularFile(file) && Files.isRegularFile(recordOf(file))) {
            verify(file).ifPresent(problem -> {
                throw new IllegalStateException(problem + "; delete it to convert the model again");
            });
            return file;
        }
        // not cached, or cached without a record (an older Cutroom): convert, then record what was written
        try {
            if ("onnx".equals(descriptor.format())) {
                writeAtomically(source.read(descriptor.file("onnx")), file); // already ONNX: verified bytes, cached as a file
            } else {
                OnnxSerializer.write(convert(descriptor, source), file);
            }
            writeAtomically((PulledModels.sha256(file) + " " + Files.size(file) + "\n").getBytes(StandardCharsets.UTF_8), recordOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return file;
    }

    /** Where the SHA-256 and size of a converted file, recorded when it was written, are kept. */
    static Path recordOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".sha256");
    }

    /**
     * Checks a converted file against the SHA-256 and size recorded when it was written (read in full: about
     * 0.1 s for a 64 MB model, small beside loading it).
     *
     * @return what is wrong, naming the file, or empty when it matches
     */
    public static java.util.Optional<String> verify(Path file) {
        try {
            String[] recorded = Files.readString(recordOf(file), StandardCharsets.UTF_8).trim().split(" ");
            if (recorded.length != 2) return java.util.Optional.of("converted model " + file + " has an unreadable record " + recordOf(file).getFileName());
            long size = Files.size(file);
            if (size != Long.parseLong(recorded[1])) {
                return java.util.Optional.of("converted model " + file + " is damaged: " + size + " bytes, " + recorded[1] + " were written");
            }
            String sha = PulledModels.sha256(file);
            if (!sha.equalsIgnoreCase(recorded[0])) {
                return java.util.Optional.of("converted model " + file + " is damaged: SHA-256 " + sha + " differs from " + recorded[0] + " recorded at conversion");
            }
            return java.util.Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return java.util.Optional.of("converted model " + file + " cannot be checked: " + e.getMessage());
        }
    }

    /**
     * Every converted file in the cache checked in full ({@code cutroom models verify}).
     *
     * @return one line per damaged file (naming it), and a count of the files checked
     */
    public VerifyReport verifyAll() throws IOException {
        List<String> problems = new java.util.ArrayList<>();
        int checked = 0;
        if (Files.isDirectory(root)) {
            try (var files = Files.walk(root)) {
                for (Path f : files.filter(f -> f.getFileName().toString().endsWith(".onnx") && Files.isRegularFile(f)).sorted().toList()) {
                    checked++;
                    if (!Files.isRegularFile(recordOf(f))) continue; // an older Cutroom's conversion: converted again on next use
                    verify(f).ifPresent(problems::add);
                }
            }
        }
        return new VerifyReport(root, checked, problems);
    }

    /** The result of {@link #verifyAll()}. */
    public record VerifyReport(Path root, int checked, List<String> problems) { }

    private static void writeAtomically(byte[] bytes, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Converts a built-in ncnn model to ONNX in memory, declaring its shapes from the descriptor. */
    public OnnxModel convert(ModelDescriptor d) {
        return convert(d, ModelSource.builtIn());
    }

    /** Converts an ncnn model read from {@code source} to ONNX in memory. */
    public OnnxModel convert(ModelDescriptor d, ModelSource source) {
        return switch (d.format()) {
            case "ncnn" -> convertNcnn(d, source);
            case "tfjs-graph" -> convertTfjs(d, source);
            default -> throw new IllegalArgumentException(d.id() + ": cannot convert format " + d.format());
        };
    }

    private OnnxModel convertTfjs(ModelDescriptor d, ModelSource source) {
        try {
            TfjsGraph graph = TfjsModelReader.read(source.read(d.file("tfjs-model")), shard -> source.read(
                    d.files().stream().filter(f -> f.role().equals("tfjs-weights") && f.path().endsWith("/" + shard))
                            .findFirst().orElseThrow(() -> new IllegalStateException(d.id() + ": shard " + shard
                                    + " is not listed in the descriptor"))));
            return new TfjsToOnnxConverter().convert(graph, d.id(), metadata(d));
        } catch (IOException e) {
            throw new UncheckedIOException(d.id() + ": bad TFJS model", e);
        }
    }

    private OnnxModel convertNcnn(ModelDescriptor d, ModelSource source) {
        String param = new String(source.read(d.file("ncnn-param")), StandardCharsets.UTF_8);
        NcnnGraph graph = NcnnModelReader.read(param, source.read(d.file("ncnn-bin")));
        ConversionOptions options = ConversionOptions.defaults(d.id());
        for (ModelDescriptor.TensorSpec in : d.inputs()) {
            options = options.withInputShape(in.name(), dims(in.shape()));
        }
        for (ModelDescriptor.TensorSpec out : d.outputs()) {
            options = options.withOutputShape(out.name(), dims(out.shape()));
        }
        return converter.convert(graph, options.withMetadata(metadata(d)));
    }

    private static Map<String, String> metadata(ModelDescriptor d) {
        Map<String, String> metadata = new HashMap<>();
        metadata.put("cutroom.model_id", d.id());
        metadata.put("cutroom.model_version", d.version());
        metadata.put("licence", d.licence().spdx());
        metadata.put("source", d.source().kind() + ":" + d.source().pkg() + "@" + d.source().version());
        return metadata;
    }

    private static OnnxDim[] dims(List<Object> shape) {
        return shape.stream().map(o -> o instanceof Number n ? OnnxDim.of(n.longValue()) : OnnxDim.of(o.toString()))
                .toArray(OnnxDim[]::new);
    }
}
