package dev.cutroom.timeline.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.timeline.command.EditException;
import dev.cutroom.timeline.command.Invariants;
import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.Project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The project file format's entry point: bytes to {@link Project} and back. Reading parses (telling empty,
 * truncated and malformed input apart), checks the schema and version, runs the {@link Upgraders} on the tree,
 * builds the records ({@link ProjectTreeReader}) and checks the model rules; writing builds the tree
 * ({@link ProjectTreeWriter}). No annotations on the model records: versioning, unknown-field preservation and
 * error paths live in this package. See {@code package-info.java} for the format.
 *
 * <p>This class knows nothing about files; {@link ProjectStore} does the disk part.
 */
public final class ProjectJson {
    /** The newest {@code Project.N} this version reads and the one it writes. */
    public static final int VERSION = 2;
    /** Value of the top-level {@code "cutroom"} field: the format family this writer belongs to. */
    public static final String WRITER = "0.1";

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private ProjectJson() {}

    // ------------------------------------------------------------------ writing

    /** The file's bytes (UTF-8, indented JSON). Media paths are written as they are in {@code project}. */
    public static byte[] write(Project project, Extras extras) {
        try {
            return MAPPER.writeValueAsBytes(toTree(project, extras));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise project " + project.id(), e);
        }
    }

    public static byte[] write(Project project) { return write(project, Extras.NONE); }

    /** The JSON tree for {@code project}, with {@code extras} merged back in. */
    public static ObjectNode toTree(Project project, Extras extras) { return ProjectTreeWriter.toTree(project, extras); }

    // ------------------------------------------------------------------ reading

    /**
     * Parses, upgrades and builds a project.
     *
     * @param source     names the file in error messages
     * @param baseFolder folder relative media paths are relative to (kept in the extras), may be null
     */
    public static LoadedProject read(byte[] bytes, String source, Path baseFolder) throws ProjectFileException {
        return fromTree(parse(bytes, source), source, baseFolder);
    }

    /** Parses JSON, with errors that say whether the file is empty, truncated or malformed (line and column). */
    static JsonNode parse(byte[] bytes, String source) throws ProjectFileException {
        if (bytes.length == 0) throw new ProjectFileException(Kind.EMPTY, source, "the file is empty (0 bytes); it is not a project");
        boolean blank = true;
        for (byte b : bytes) if (b != ' ' && b != '\n' && b != '\r' && b != '\t') { blank = false; break; }
        if (blank) throw new ProjectFileException(Kind.EMPTY, source, "the file holds only white space; it is not a project");
        try {
            return MAPPER.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new ProjectFileException(Kind.TRUNCATED, source, null,
                    "the file ends in the middle of the JSON (" + where(e.getLocation()) + "): it was cut short, e.g. by a crash or a full disk", e);
        } catch (StreamReadException e) {
            if (endsEarly(e, bytes)) {
                throw new ProjectFileException(Kind.TRUNCATED, source, null,
                        "the file ends in the middle of the JSON (" + where(e.getLocation()) + "): it was cut short, e.g. by a crash or a full disk", e);
            }
            throw new ProjectFileException(Kind.MALFORMED, source, null,
                    "not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ProjectFileException(Kind.MALFORMED, source, null, "not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProjectFileException(Kind.IO, source, null, "cannot read: " + e.getMessage(), e);
        }
    }

    /**
     * Jackson reports some truncations as plain parse errors: inside a string (at the end of input), inside a
     * number ({@code "volume": 1.}) and inside a literal ({@code "enabled": fal} reads as an unknown token).
     */
    private static boolean endsEarly(StreamReadException e, byte[] bytes) {
        String m = e.getOriginalMessage();
        if (m != null && m.contains("end-of-input")) return true;
        JsonLocation loc = e.getLocation();
        if (loc != null && loc.getByteOffset() >= bytes.length) return true;
        return endsInsideToken(bytes);
    }

    private static final Pattern NUMBER_START = Pattern.compile("-?[0-9]*(\\.[0-9]*)?([eE][+-]?[0-9]*)?");

    /** True when the input ends in the first part of a number or of true/false/null. */
    private static boolean endsInsideToken(byte[] bytes) {
        int start = bytes.length;
        while (start > 0 && isTokenChar(bytes[start - 1])) start--;
        String tail = new String(bytes, start, bytes.length - start, StandardCharsets.US_ASCII);
        if (tail.isEmpty()) return false;
        for (String literal : new String[] {"true", "false", "null"}) {
            if (literal.length() > tail.length() && literal.startsWith(tail)) return true;
        }
        return NUMBER_START.matcher(tail).matches();
    }

    private static boolean isTokenChar(byte b) {
        return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '.' || b == '-' || b == '+' || b == 'E';
    }

    private static String where(JsonLocation loc) {
        return loc == null ? "unknown position" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
    }

    /** Builds a project from a parsed tree (upgrading old versions first, on a copy). */
    public static LoadedProject fromTree(JsonNode tree, String source, Path baseFolder) throws ProjectFileException {
        if (tree == null || !tree.isObject()) {
            throw new ProjectFileException(Kind.FOREIGN, source, "not a Cutroom project: the top level is "
                    + (tree == null ? "missing" : ProjectTreeReader.describe(tree)) + ", not an object with \"schema\": \"Project.N\"");
        }
        JsonNode schemaNode = tree.get("schema");
        String schema = schemaNode != null && schemaNode.isTextual() ? schemaNode.textValue() : null;
        if (schema == null || !schema.startsWith("Project.")) {
            throw new ProjectFileException(Kind.FOREIGN, source, "not a Cutroom project: expected \"schema\": \"Project.N\" at the top level, found "
                    + (schemaNode == null ? "no \"schema\" field" : schemaNode.toString()));
        }
        int version;
        try {
            version = Integer.parseInt(schema.substring("Project.".length()));
        } catch (NumberFormatException e) {
            throw new ProjectFileException(Kind.FOREIGN, source, "schema", "not a Cutroom project version: \"" + schema + "\"", e);
        }
        if (version > VERSION) {
            throw new ProjectFileException(Kind.NEWER_VERSION, source, null,
                    "written by a newer Cutroom: " + schema + "; this version reads up to Project." + VERSION + ". Update Cutroom to open it", null);
        }
        if (version < 0) throw new ProjectFileException(Kind.FOREIGN, source, "schema", "not a Cutroom project version: \"" + schema + "\"", null);
        ObjectNode root = (ObjectNode) tree;
        if (version < VERSION) root = Upgraders.upgrade(root.deepCopy(), version, source);
        try {
            return build(root, source, baseFolder, version);
        } catch (ArithmeticException e) {
            // values each in range whose sums or products overflow (a frame count near 2^63, a huge rational)
            throw new ProjectFileException(Kind.INVALID, source, null, "numbers in the file are too large to work with (" + e.getMessage() + ")", e);
        }
    }

    private static LoadedProject build(ObjectNode root, String source, Path baseFolder, int version) throws ProjectFileException {
        ProjectTreeReader r = new ProjectTreeReader(source);
        Project project = r.project(root);
        List<String> problems = ProjectCheck.problems(project);
        if (!problems.isEmpty()) {
            String first = problems.getFirst();
            int colon = first.indexOf(": ");
            String path = colon > 0 ? first.substring(0, colon) : null;
            String msg = colon > 0 ? first.substring(colon + 2) : first;
            if (problems.size() > 1) msg += " (and " + (problems.size() - 1) + " more: " + String.join("; ", problems.subList(1, Math.min(problems.size(), 6))) + ")";
            throw new ProjectFileException(Kind.MODEL_RULES, source, path, "breaks a model rule: " + msg, null);
        }
        // ProjectCheck names JSON paths for what hand edits usually break; the editing invariants cover the rest
        // (track kinds, media ranges, ids unique across kinds). A file that broke them would load but refuse every
        // edit on the affected track, so it is refused here, with the reason.
        try {
            Invariants.check(project);
        } catch (EditException e) {
            throw new ProjectFileException(Kind.MODEL_RULES, source, null, "breaks a model rule: " + e.getMessage(), e);
        }
        return new LoadedProject(project, new Extras(r.extras, baseFolder), version);
    }
}
