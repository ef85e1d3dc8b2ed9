package dev.cutroom.plugin.host.project;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.engine.MediaResolver;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Provenance;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Says so when an export contains generated material. The exporter's caller asks for
 * {@link #metadata} before exporting (container tags, passed to {@code ExportSettings.withMetadata}) and calls
 * {@link #writeManifest} after the file is written: {@code <out>.provenance.json} lists every clip in the
 * exported range whose active take was generated, with its provenance. Exports without generated material get
 * neither. Thread-safe (stateless).
 */
public final class ExportProvenance {
    /** Schema of the manifest. */
    public static final String SCHEMA = "CutroomExportProvenance.1";

    private ExportProvenance() {}

    /** A clip in an export whose active take was generated. */
    public record GeneratedClip(String clipId, String clipName, String trackName, long startFrame, long durationFrames,
                                String takeId, String takeLabel, String mediaPath, Provenance provenance) {}

    /** The generated clips among the enabled clips overlapping {@code range} (null: the whole timeline). */
    public static List<GeneratedClip> generatedClips(Project project, FrameRange range) {
        long from = range == null ? 0 : range.start();
        long to = range == null ? Long.MAX_VALUE : range.start() + range.duration();
        List<GeneratedClip> out = new ArrayList<>();
        for (Track t : project.timeline().tracks()) {
            for (Clip c : t.clips()) {
                if (!c.enabled() || c.end() <= from || c.start() >= to) continue;
                Take take = c.activeTake();
                if (!take.isGenerated()) continue;
                var media = project.mediaItem(take.mediaId());
                out.add(new GeneratedClip(c.id(), c.name(), t.name(), c.start(), c.duration(), take.id(), take.label(),
                        media == null ? null : media.path(), take.provenance()));
            }
        }
        return out;
    }

    /**
     * Container tags for an export of {@code range}: empty without generated material, otherwise a
     * {@code comment} and {@code description} naming the plugins (MP4 keeps these standard keys).
     */
    public static Map<String, String> metadata(Project project, FrameRange range) {
        List<GeneratedClip> clips = generatedClips(project, range);
        if (clips.isEmpty()) return Map.of();
        TreeSet<String> plugins = new TreeSet<>();
        for (GeneratedClip c : clips) plugins.add(c.provenance().pluginId() + " " + c.provenance().pluginVersion());
        String text = "Contains generated material: " + clips.size() + " clip(s) made by " + String.join(", ", plugins)
                + " (Cutroom; see the .provenance.json manifest beside the file)";
        Map<String, String> tags = new LinkedHashMap<>();
        tags.put("comment", text);
        tags.put("description", text);
        return tags;
    }

    /** Where the manifest of {@code output} goes. */
    public static Path manifestOf(Path output) {
        return ProvenanceRecords.sidecarOf(output);
    }

    /**
     * Writes {@code <output>.provenance.json} when the export of {@code range} contains generated material
     * (and removes a stale one otherwise).
     *
     * @return the manifest, or empty when there was nothing generated
     */
    public static Optional<Path> writeManifest(Project project, MediaResolver resolver, FrameRange range, Path output) throws IOException {
        List<GeneratedClip> clips = generatedClips(project, range);
        Path manifest = manifestOf(output.toAbsolutePath());
        if (clips.isEmpty()) {
            Files.deleteIfExists(manifest);
            return Optional.empty();
        }
        ObjectNode root = ProvenanceRecords.JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("file", output.getFileName().toString());
        root.put("project", project.name());
        root.put("containsGeneratedMaterial", true);
        ArrayNode list = root.putArray("generatedClips");
        for (GeneratedClip c : clips) {
            ObjectNode n = list.addObject();
            n.put("clipId", c.clipId()).put("clipName", c.clipName()).put("track", c.trackName())
                    .put("startFrame", c.startFrame()).put("durationFrames", c.durationFrames())
                    .put("takeId", c.takeId()).put("takeLabel", c.takeLabel());
            if (c.mediaPath() != null) {
                Path media = resolver.resolve(c.mediaPath());
                n.put("media", media.toString());
                Path sidecar = ProvenanceRecords.sidecarOf(media);
                if (Files.exists(sidecar)) n.put("mediaProvenance", sidecar.toString());
            }
            Provenance p = c.provenance();
            ObjectNode pn = n.putObject("provenance");
            pn.put("pluginId", p.pluginId()).put("pluginVersion", p.pluginVersion()).put("modelId", p.modelId())
                    .put("modelVersion", p.modelVersion()).put("modelSha256", p.modelSha256()).put("instruction", p.instruction())
                    .put("inputMediaSha256", p.inputMediaSha256()).put("createdAt", p.createdAt());
            ObjectNode params = pn.putObject("parameters");
            new java.util.TreeMap<>(p.parameters()).forEach(params::put);
        }
        Path temp = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        ProvenanceRecords.JSON.writeValue(temp.toFile(), root);
        Files.move(temp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return Optional.of(manifest);
    }
}
