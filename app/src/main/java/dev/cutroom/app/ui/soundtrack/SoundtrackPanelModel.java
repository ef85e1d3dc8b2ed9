package dev.cutroom.app.ui.soundtrack;

import dev.cutroom.app.ui.vm.EditorModel;
import dev.cutroom.timeline.model.Clip;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.Take;
import dev.cutroom.timeline.model.Track;
import dev.cutroom.timeline.model.TrackKind;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The Soundtrack panel without a window. When the focused clip's active take came from the soundtrack plugin it
 * offers: Regenerate (a new variation, same prompt), Regenerate section (seconds into the clip, widened by the
 * plugin to bar lines, the rest kept), rerun with an edited prompt, and export of the take's MIDI file and stems.
 * Each rerun is handed to the launcher as a {@link SoundtrackRerun} whose result is a new take of this clip (the
 * plugin's {@code intoClip}), so it lands as one undoable edit and the earlier takes stay a click away. The picture
 * the music follows is the video clips under the music clip. FX thread; exports copy on {@code background}.
 */
public final class SoundtrackPanelModel {
    private final EditorModel model;
    private final Consumer<SoundtrackRerun> launcher;
    private final Executor background;
    private final ReadOnlyObjectWrapper<SoundtrackTake> take = new ReadOnlyObjectWrapper<>(this, "take");
    private final StringProperty prompt = new SimpleStringProperty(this, "prompt", "");
    private final StringProperty sectionFrom = new SimpleStringProperty(this, "sectionFrom", "0");
    private final StringProperty sectionTo = new SimpleStringProperty(this, "sectionTo", "");
    private String shownFor;

    /** @param launcher submits a rerun (the app: the plugin job service), FX thread */
    public SoundtrackPanelModel(EditorModel model, Consumer<SoundtrackRerun> launcher, Executor background) {
        this.model = Objects.requireNonNull(model, "model");
        this.launcher = Objects.requireNonNull(launcher, "launcher");
        this.background = Objects.requireNonNull(background, "background");
        model.focusedClipProperty().addListener(o -> refresh());
        model.projectProperty().addListener(o -> refresh());
        refresh();
    }

    /** The focused clip's soundtrack take, or null when it is not one (the panel hides). */
    public ReadOnlyObjectProperty<SoundtrackTake> takeProperty() { return take.getReadOnlyProperty(); }

    public SoundtrackTake take() { return take.get(); }

    /** The prompt for "Rerun with this prompt", filled with the take's own. */
    public StringProperty promptProperty() { return prompt; }

    /** Start of the section to regenerate, seconds from the clip's start. */
    public StringProperty sectionFromProperty() { return sectionFrom; }

    /** End of the section to regenerate, seconds from the clip's start. */
    public StringProperty sectionToProperty() { return sectionTo; }

    /** A new variation of the whole piece, same prompt and seed. */
    public SoundtrackRerun regenerate() {
        Clip clip = requireClip();
        Map<String, Object> values = baseValues(clip);
        long next = soundtrackTakes(clip).stream().mapToLong(t -> t.integer("variation", 0)).max().orElse(0) + 1;
        values.put("variation", next);
        return launch(new SoundtrackRerun("Regenerate (variation " + next + ")", clipIds(clip), values, take().prompt()));
    }

    /**
     * The section between {@link #sectionFromProperty()} and {@link #sectionToProperty()} composed anew, the rest
     * as in this take's seed and variation.
     *
     * @throws IllegalArgumentException when the range is not a time range inside the clip
     */
    public SoundtrackRerun regenerateSection() {
        Clip clip = requireClip();
        double length = seconds(clip);
        double from = parse("Section start", sectionFrom.get());
        double to = parse("Section end", sectionTo.get());
        if (from < 0 || to > length + 1e-6 || to <= from) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "the section must lie inside the clip (0 – %.2f s) and end after it starts", length));
        }
        Map<String, Object> values = baseValues(clip);
        values.put("variation", take().integer("variation", 0));
        long next = soundtrackTakes(clip).stream().mapToLong(t -> t.integer("sectionVariation", 0)).max().orElse(0) + 1;
        values.put("regenerateFrom", from);
        values.put("regenerateTo", to);
        values.put("sectionVariation", next);
        String what = String.format(Locale.ROOT, "Regenerate %.1f–%.1f s", from, to);
        return launch(new SoundtrackRerun(what, clipIds(clip), values, take().prompt()));
    }

    /** The whole piece again with the edited prompt (same seed and variation). */
    public SoundtrackRerun rerunWithPrompt() {
        Clip clip = requireClip();
        String text = prompt.get() == null ? "" : prompt.get().strip();
        if (text.isEmpty()) throw new IllegalArgumentException("the prompt is empty; describe the music, e.g. \"tense minimal piano, 90 bpm\"");
        Map<String, Object> values = baseValues(clip);
        return launch(new SoundtrackRerun("Rerun with a new prompt", clipIds(clip), values, text));
    }

    /** Copies the take's MIDI file into {@code folder}; completes with the copies. */
    public CompletableFuture<List<Path>> exportMidi(Path folder) {
        SoundtrackTake t = requireTake();
        List<Path> files = t.midiFile().map(List::of).orElse(List.of());
        return export(files, folder, "MIDI file");
    }

    /** Copies the take's stems (and its mix) into {@code folder}; completes with the copies. */
    public CompletableFuture<List<Path>> exportStems(Path folder) {
        SoundtrackTake t = requireTake();
        List<Path> files = new ArrayList<>(t.stemFiles());
        if (!files.isEmpty()) files.add(t.media());
        return export(files, folder, "stems");
    }

    private CompletableFuture<List<Path>> export(List<Path> files, Path folder, String what) {
        if (files.isEmpty()) {
            String why = "this take lists no " + what + " (made without them, or by an older plugin)";
            model.statusProperty().set("Export: " + why);
            return CompletableFuture.failedFuture(new IllegalStateException(why));
        }
        CompletableFuture<List<Path>> done = CompletableFuture.supplyAsync(() -> SideFileExport.copy(files, folder), background);
        done.whenComplete((copies, e) -> model.uiThread().execute(() -> model.statusProperty().set(e == null
                ? "Exported " + copies.size() + " file" + (copies.size() == 1 ? "" : "s") + " to " + folder
                : "Export failed: " + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()))));
        return done;
    }

    private SoundtrackRerun launch(SoundtrackRerun rerun) {
        launcher.accept(rerun);
        return rerun;
    }

    /** The take's own parameters, without its section settings, aimed at this clip. */
    private Map<String, Object> baseValues(Clip clip) {
        Map<String, Object> values = new LinkedHashMap<>(take().parameters());
        for (String id : List.of("regenerateFrom", "regenerateTo", "sectionVariation")) values.remove(id);
        values.put("intoClip", clip.id());
        return values;
    }

    /** The music clip, then every video clip under it (the picture it scores). */
    private List<String> clipIds(Clip music) {
        List<String> ids = new ArrayList<>(List.of(music.id()));
        for (Track track : model.project().timeline().tracks()) {
            if (track.kind() != TrackKind.VIDEO) continue;
            for (Clip c : track.clips()) if (c.start() < music.end() && c.end() > music.start()) ids.add(c.id());
        }
        return ids;
    }

    private List<SoundtrackTake> soundtrackTakes(Clip clip) {
        List<SoundtrackTake> out = new ArrayList<>();
        for (Take t : clip.takes()) SoundtrackTake.of(t, Path.of("")).ifPresent(out::add);
        return out;
    }

    private void refresh() {
        Clip clip = model.focused();
        SoundtrackTake found = clip == null ? null : SoundtrackTake.of(clip.activeTake(), mediaOf(clip.activeTake())).orElse(null);
        String key = found == null ? null : clip.id() + "/" + clip.activeTakeId();
        take.set(found);
        if (found != null && !key.equals(shownFor)) {
            prompt.set(found.prompt());
            sectionFrom.set("0");
            sectionTo.set(format(Math.min(seconds(clip), 8)));
        }
        shownFor = key;
    }

    private Path mediaOf(Take t) {
        Project p = model.project();
        MediaItem item = p.mediaItem(t.mediaId());
        return item == null ? Path.of(t.mediaId()) : model.resolver().resolve(item);
    }

    private double seconds(Clip clip) {
        FrameRate rate = model.project().timeline().rate();
        return rate.toSeconds(clip.duration()).toDouble();
    }

    private Clip requireClip() {
        Clip clip = model.focused();
        if (clip == null || take() == null) throw new IllegalStateException("the focused clip is not a soundtrack");
        return clip;
    }

    private SoundtrackTake requireTake() {
        requireClip();
        return take();
    }

    private static double parse(String what, String text) {
        try {
            return Double.parseDouble(text.strip().replace(',', '.').replaceAll("\\s*s$", ""));
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not a number of seconds");
        }
    }

    static String format(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : String.format(Locale.ROOT, "%.2f", seconds);
    }
}
