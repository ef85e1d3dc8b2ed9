package dev.cutroom.plugin.api.ext;

import java.util.List;
import java.util.Objects;

/**
 * {@code cutroom.take-panel/1}: actions a plugin offers on the takes it made, so the editor builds a panel for them
 * (shown when such a take is the clip's active take) without knowing the plugin. Every action reruns the plugin
 * with the take's own recorded parameters and instruction (from its provenance), changed as the action says, and the
 * result is a new take: one undoable edit, the old takes kept. Or it copies the take's side files out.
 *
 * <p>Declared in the descriptor, so the editor needs no plugin code to show the panel: list
 * {@code "cutroom.take-panel/1"} in {@code features} and describe the actions under {@code "takePanel"}:
 *
 * <pre>{@code
 * "takePanel": { "actions": [
 *   { "kind": "RERUN", "id": "regenerate", "label": "Regenerate", "counter": "variation" },
 *   { "kind": "RERUN_SECTION", "id": "section", "label": "Regenerate section",
 *     "from": "regenerateFrom", "to": "regenerateTo", "counter": "sectionVariation" },
 *   { "kind": "RERUN_WITH_INSTRUCTION", "id": "prompt", "label": "Rerun with this prompt" },
 *   { "kind": "EXPORT_FILES", "id": "midi", "label": "Export MIDI", "mediaType": "audio/midi" } ] }
 * }</pre>
 *
 * Immutable; any thread. Since API 1.2 (the editor's soundtrack panel moves onto it next; until then it is a
 * declared contract only).
 *
 * @param actions in the order the panel shows them
 */
public record TakePanel(List<Action> actions) {
    /** The feature id a plugin declares with a {@code takePanel}. */
    public static final String FEATURE = "cutroom.take-panel/1";

    public TakePanel {
        actions = List.copyOf(actions);
    }

    /** One button (with its fields) of the panel. */
    public sealed interface Action permits Rerun, RerunSection, RerunWithInstruction, ExportFiles {
        /** Stable id, unique in the panel. */
        String id();

        /** What the button says. */
        String label();
    }

    /**
     * The whole job again, a new variation: the INTEGER parameter {@code counter} is set one above the highest value
     * any take of the clip made by this plugin recorded (so each press gives a new, reproducible variation).
     */
    public record Rerun(String id, String label, String counter) implements Action {
        public Rerun { Objects.requireNonNull(id, "id"); Objects.requireNonNull(label, "label"); }
    }

    /**
     * A part of the clip again, the rest kept: the user gives a range in seconds from the clip's start, the editor
     * sets the NUMBER parameters {@code from} and {@code to} and the INTEGER {@code counter} (as for {@link Rerun}).
     */
    public record RerunSection(String id, String label, String from, String to, String counter) implements Action {
        public RerunSection {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** The whole job again with the instruction the user edits (filled with the take's own). */
    public record RerunWithInstruction(String id, String label) implements Action {
        public RerunWithInstruction { Objects.requireNonNull(id, "id"); Objects.requireNonNull(label, "label"); }
    }

    /** Copies the take's side files of {@code mediaType} (e.g. {@code audio/midi}) into a folder the user picks. */
    public record ExportFiles(String id, String label, String mediaType) implements Action {
        public ExportFiles {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(mediaType, "mediaType");
        }
    }
}
