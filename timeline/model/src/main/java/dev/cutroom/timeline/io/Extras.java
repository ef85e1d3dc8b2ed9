package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a loaded project file held beyond what this version of Cutroom understands, kept so that saving writes
 * it back (a file from a newer minor release, or a plugin's data, survives a round trip through this version).
 *
 * <p>Unknown properties are kept per JSON object under a key that follows the object, not its position:
 * <ul>
 *   <li>{@code project} — the top-level object (unknown top-level fields and whole unknown objects),</li>
 *   <li>{@code timeline},</li>
 *   <li>{@code media/ID}, {@code media/ID/info}, {@code media/ID/info/video}, {@code media/ID/info/audio},</li>
 *   <li>{@code track/ID}, {@code transition/TRACK_ID/ID}, {@code marker/ID},</li>
 *   <li>{@code clip/ID}, {@code clip/ID/take/TAKE_ID}, {@code clip/ID/take/TAKE_ID/provenance}.</li>
 * </ul>
 * So a clip keeps its extra fields when it is moved or trimmed; a deleted clip's extras are simply not written.
 * An object without an id (a marker whose id is null) is keyed by its JSON path instead.
 *
 * <p>{@link #baseFolder()} is the folder that the project's relative media paths are relative to (the folder of
 * the file it was loaded from). {@link ProjectStore#save(dev.cutroom.timeline.model.Project, Extras, Path)} uses it
 * to rewrite relative paths when saving into another folder.
 *
 * <p>Immutable. The JSON nodes handed out must not be modified.
 */
public final class Extras {
    /** No unknown content and no base folder (a new project). */
    public static final Extras NONE = new Extras(Map.of(), null);

    private final Map<String, ObjectNode> unknown;
    private final Path baseFolder;

    Extras(Map<String, ObjectNode> unknown, Path baseFolder) {
        this.unknown = Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
        this.baseFolder = baseFolder == null ? null : baseFolder.toAbsolutePath().normalize();
    }

    /** Folder that relative media paths are relative to, or null when unknown (the save target's folder is used). */
    public Path baseFolder() { return baseFolder; }

    public Extras withBaseFolder(Path folder) { return new Extras(unknown, folder); }

    /** Keys of objects that had unknown properties. */
    public Set<String> keys() { return unknown.keySet(); }

    /** Unknown properties of the object with this key (see the class comment), or null. */
    public ObjectNode get(String key) { return unknown.get(key); }

    /** One unknown property, or null. */
    public JsonNode get(String key, String property) {
        ObjectNode n = unknown.get(key);
        return n == null ? null : n.get(property);
    }

    public boolean isEmpty() { return unknown.isEmpty(); }

    Map<String, ObjectNode> map() { return unknown; }

    @Override
    public String toString() { return "Extras" + unknown.keySet() + (baseFolder == null ? "" : " base=" + baseFolder); }
}
