package dev.cutroom.app.ui.soundtrack;

import dev.cutroom.timeline.model.Take;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A take made by the soundtrack plugin, read from its provenance: the parameters it ran with (to rerun it), the
 * plugin's notes (tempo, key, and the names of its MIDI file and stems, which lie beside the take's media), and its
 * prompt. Knows only the provenance format the host writes and the note names the plugin documents, not the plugin's
 * classes. Immutable; any thread.
 *
 * @param parameters the job's parameter values as text (notes left out)
 * @param notes      the plugin's notes, without the host's {@code note:} prefix
 * @param prompt     the instruction, or ""
 * @param media      the take's mix file
 */
public record SoundtrackTake(Map<String, String> parameters, Map<String, String> notes, String prompt, Path media) {
    /** The soundtrack plugin's id. */
    public static final String PLUGIN = "dev.cutroom.soundtrack";
    private static final String NOTE = "note:";

    public SoundtrackTake {
        parameters = Map.copyOf(parameters);
        notes = Map.copyOf(notes);
    }

    /** The soundtrack take behind {@code take}, if the soundtrack plugin made it. */
    public static Optional<SoundtrackTake> of(Take take, Path media) {
        if (take == null || !take.isGenerated() || !PLUGIN.equals(take.provenance().pluginId())) return Optional.empty();
        Map<String, String> parameters = new LinkedHashMap<>();
        Map<String, String> notes = new LinkedHashMap<>();
        take.provenance().parameters().forEach((k, v) -> {
            if (k.startsWith(NOTE)) notes.put(k.substring(NOTE.length()), v);
            else parameters.put(k, v);
        });
        String prompt = take.provenance().instruction() == null ? "" : take.provenance().instruction();
        return Optional.of(new SoundtrackTake(parameters, notes, prompt, media));
    }

    /** The MIDI file beside the mix, if the take lists one. */
    public Optional<Path> midiFile() {
        String name = notes.get("midiFile");
        return name == null || name.isBlank() ? Optional.empty() : Optional.of(media.resolveSibling(name));
    }

    /** The stems beside the mix that the take lists (none when it was made without stems). */
    public List<Path> stemFiles() {
        String names = notes.get("stemFiles");
        if (names == null || names.isBlank()) return List.of();
        List<Path> out = new ArrayList<>();
        Arrays.stream(names.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(n -> out.add(media.resolveSibling(n)));
        return out;
    }

    /** A parameter as a whole number, or {@code otherwise}. */
    public long integer(String id, long otherwise) {
        try {
            return (long) Double.parseDouble(parameters.getOrDefault(id, Long.toString(otherwise)));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** "100 bpm, D major, 12 bars, piano, strings" from the notes, or "". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (notes.containsKey("tempo")) parts.add(Math.round(Double.parseDouble(notes.get("tempo"))) + " bpm");
        if (notes.containsKey("key")) parts.add(notes.get("key"));
        if (notes.containsKey("bars")) parts.add(notes.get("bars") + " bars");
        if (notes.containsKey("instruments")) parts.add(notes.get("instruments"));
        if (notes.containsKey("regeneratedBars")) parts.add("bars " + notes.get("regeneratedBars") + " regenerated");
        return String.join(", ", parts);
    }
}
