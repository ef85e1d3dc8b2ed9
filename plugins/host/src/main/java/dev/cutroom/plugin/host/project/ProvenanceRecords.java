package dev.cutroom.plugin.host.project;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.host.result.JobProvenance;
import dev.cutroom.timeline.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Provenance in its two places: the {@link Provenance} record a generated take carries in the project, and
 * the sidecar {@code <media>.provenance.json} beside the generated file (schema {@value #SCHEMA}).
 *
 * <p>The project record has one model slot: with several models, id, version and SHA-256 are comma-joined in
 * the same order. The plugin's own notes go into the parameter map under {@code note:<key>} (a parameter id
 * never contains a colon). Thread-safe (stateless).
 */
public final class ProvenanceRecords {
    /** Schema of the sidecar files. */
    public static final String SCHEMA = "CutroomProvenance.1";
    /** Suffix added to a media file's name for its sidecar. */
    public static final String SUFFIX = ".provenance.json";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProvenanceRecords() {}

    /** One input of a job: the clip and its active take's media with its hash. */
    public record Input(String clipId, Path file, String sha256) {}

    /** The record for a take generated from {@code inputs}. */
    public static Provenance forTake(JobProvenance job, List<Input> inputs, String createdAt) {
        Map<String, String> parameters = new LinkedHashMap<>(job.parameters());
        job.notes().forEach((k, v) -> parameters.put("note:" + k, v));
        List<ModelInfo> models = job.models();
        return new Provenance(job.pluginId(), job.pluginVersion(),
                models.isEmpty() ? null : join(models, ModelInfo::id),
                models.isEmpty() ? null : join(models, ModelInfo::version),
                models.isEmpty() ? null : join(models, ModelInfo::sha256),
                parameters, job.instruction().isBlank() ? null : job.instruction(),
                inputs.stream().map(Input::sha256).collect(Collectors.joining(",")), createdAt);
    }

    /** Where the sidecar of {@code media} goes. */
    public static Path sidecarOf(Path media) {
        return media.resolveSibling(media.getFileName() + SUFFIX);
    }

    /** Writes the sidecar beside {@code media} (atomically) and returns its path. */
    public static Path writeSidecar(Path media, String jobId, JobProvenance job, List<Input> inputs, String createdAt) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("file", media.getFileName().toString());
        root.put("sha256", MediaHashes.shared().sha256(media));
        root.put("generatedBy", "Cutroom");
        ObjectNode plugin = root.putObject("plugin");
        plugin.put("id", job.pluginId());
        plugin.put("version", job.pluginVersion());
        ArrayNode models = root.putArray("models");
        for (ModelInfo m : job.models()) models.addObject().put("id", m.id()).put("version", m.version()).put("sha256", m.sha256());
        ObjectNode params = root.putObject("parameters");
        job.parameters().forEach(params::put);
        root.put("instruction", job.instruction());
        ObjectNode notes = root.putObject("notes");
        job.notes().forEach(notes::put);
        ArrayNode in = root.putArray("inputs");
        for (Input i : inputs) in.addObject().put("clipId", i.clipId()).put("file", i.file().toString()).put("sha256", i.sha256());
        root.put("jobId", jobId);
        if (job.startedAt() != null) root.put("startedAt", job.startedAt().toString());
        root.put("createdAt", createdAt);
        Path target = sidecarOf(media);
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        JSON.writeValue(temp.toFile(), root);
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The sidecar of a generated file as a JSON tree. */
    public static ObjectNode readSidecar(Path media) throws IOException {
        return (ObjectNode) JSON.readTree(sidecarOf(media).toFile());
    }

    private static <T> String join(List<T> list, java.util.function.Function<T, String> f) {
        return list.stream().map(f).collect(Collectors.joining(","));
    }
}
