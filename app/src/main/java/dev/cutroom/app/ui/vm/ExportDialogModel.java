package dev.cutroom.app.ui.vm;

import dev.cutroom.engine.render.ExportSettings;
import dev.cutroom.timeline.model.FrameRange;
import dev.cutroom.timeline.model.Project;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The export dialog without a window: range (whole timeline, or in to out when marks are set), resolution
 * (the timeline's, presets, or a custom size), quality and target file, with a validation message that the
 * dialog shows and that disables its Export button.
 */
public final class ExportDialogModel {
    public enum Range {
        WHOLE("Whole timeline"), IN_TO_OUT("In to out");
        private final String label;
        Range(String label) { this.label = label; }
        @Override public String toString() { return label; }
    }

    /** An output size; {@link #TIMELINE} keeps the timeline's, {@link #CUSTOM} uses the custom width and height. */
    public record Resolution(String label, int width, int height) {
        public static final Resolution TIMELINE = new Resolution("Timeline", 0, 0);
        public static final Resolution CUSTOM = new Resolution("Custom", -1, -1);
        @Override public String toString() { return label; }
    }

    public static final int MAX_SIZE = 8192;

    private final Project project;
    private final long markIn, markOut;
    private final Path projectFile;
    private final List<Range> ranges = new ArrayList<>();
    private final List<Resolution> resolutions = new ArrayList<>();
    private final ObjectProperty<Range> range = new SimpleObjectProperty<>(this, "range");
    private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>(this, "resolution");
    private final IntegerProperty customWidth = new SimpleIntegerProperty(this, "customWidth");
    private final IntegerProperty customHeight = new SimpleIntegerProperty(this, "customHeight");
    private final ObjectProperty<ExportSettings.Quality> quality = new SimpleObjectProperty<>(this, "quality", ExportSettings.Quality.MEDIUM);
    private final StringProperty target = new SimpleStringProperty(this, "target", "");
    private final StringBinding error;
    private final BooleanBinding valid;

    /**
     * @param markIn  in mark or -1
     * @param markOut out mark or -1
     * @param projectFile the project's file or null (its folder and name give the default target; it is never a target)
     */
    public ExportDialogModel(Project project, long markIn, long markOut, Path projectFile) {
        this.project = project;
        this.markIn = markIn;
        this.markOut = markOut;
        this.projectFile = projectFile == null ? null : projectFile.toAbsolutePath();
        var tl = project.timeline();
        ranges.add(Range.WHOLE);
        if (markIn >= 0 || markOut >= 0) ranges.add(Range.IN_TO_OUT);
        range.set(ranges.getLast());
        resolutions.add(new Resolution(tl.width() + "×" + tl.height() + " (timeline)", 0, 0));
        for (int[] wh : new int[][] {{3840, 2160}, {1920, 1080}, {1280, 720}, {854, 480}, {640, 360}}) {
            if (wh[0] != tl.width() || wh[1] != tl.height()) resolutions.add(new Resolution(wh[0] + "×" + wh[1], wh[0], wh[1]));
        }
        resolutions.add(Resolution.CUSTOM);
        resolution.set(resolutions.getFirst());
        customWidth.set(tl.width());
        customHeight.set(tl.height());
        Path base = this.projectFile != null ? this.projectFile.getParent() : Path.of(System.getProperty("user.home"));
        String name = this.projectFile != null ? this.projectFile.getFileName().toString().replaceFirst("\\.cutroom$", "") : "export";
        target.set(base.resolve(name + ".mp4").toString());
        error = Bindings.createStringBinding(this::validate, range, resolution, customWidth, customHeight, quality, target);
        valid = error.isNull();
    }

    public List<Range> ranges() { return List.copyOf(ranges); }
    public List<Resolution> resolutions() { return List.copyOf(resolutions); }
    public ObjectProperty<Range> rangeProperty() { return range; }
    public ObjectProperty<Resolution> resolutionProperty() { return resolution; }
    public IntegerProperty customWidthProperty() { return customWidth; }
    public IntegerProperty customHeightProperty() { return customHeight; }
    public ObjectProperty<ExportSettings.Quality> qualityProperty() { return quality; }
    public StringProperty targetProperty() { return target; }
    /** Why the export cannot start, or null. */
    public StringBinding errorProperty() { return error; }
    public BooleanBinding validProperty() { return valid; }

    /** The frames the chosen range covers. */
    public FrameRange frames() {
        long duration = project.timeline().duration();
        if (range.get() != Range.IN_TO_OUT) return new FrameRange(0, duration);
        long a = Math.max(0, markIn), b = markOut >= 0 ? Math.min(markOut, duration) : duration;
        return new FrameRange(a, Math.max(0, b - a));
    }

    /** Output width and height. */
    public int[] size() {
        Resolution r = resolution.get();
        var tl = project.timeline();
        if (r == null || r.width() == 0) return new int[] {tl.width(), tl.height()};
        if (r.width() < 0) return new int[] {customWidth.get(), customHeight.get()};
        return new int[] {r.width(), r.height()};
    }

    private String validate() {
        long duration = project.timeline().duration();
        if (duration <= 0) return "The timeline is empty.";
        if (range.get() == null) return "Choose a range.";
        if (range.get() == Range.IN_TO_OUT) {
            if (markIn >= 0 && markOut >= 0 && markOut <= markIn) return "The out mark must come after the in mark.";
            if (markIn >= duration) return "The in mark is past the end of the timeline.";
            if (frames().duration() <= 0) return "The range between the marks is empty.";
        }
        int[] wh = size();
        if (wh[0] <= 0 || wh[1] <= 0) return "The width and height must be positive.";
        if (wh[0] > MAX_SIZE || wh[1] > MAX_SIZE) return "The largest size is " + MAX_SIZE + " pixels a side.";
        if (wh[0] % 2 != 0 || wh[1] % 2 != 0) return "The width and height must be even (H.264 4:2:0).";
        if (quality.get() == null) return "Choose a quality.";
        String t = target.get() == null ? "" : target.get().strip();
        if (t.isEmpty()) return "Choose a file to export to.";
        Path file;
        try {
            file = Path.of(t).toAbsolutePath();
        } catch (InvalidPathException e) {
            return "Not a valid file name: " + e.getReason();
        }
        if (file.getFileName() == null || Files.isDirectory(file)) return "That is a folder; choose a file name.";
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".mp4")) return "The file name must end in .mp4.";
        if (Files.isDirectory(file)) return "That is a folder; choose a file name.";
        if (file.getParent() == null || !Files.isDirectory(file.getParent())) return "The folder " + file.getParent() + " does not exist.";
        if (file.equals(projectFile)) return "That is the project file.";
        return null;
    }

    /** The settings to export with; only when {@link #validProperty()} is true. */
    public ExportSettings settings() {
        String why = error.get();
        if (why != null) throw new IllegalStateException(why);
        ExportSettings s = ExportSettings.defaults().withQuality(quality.get());
        FrameRange f = frames();
        if (f.start() != 0 || f.duration() != project.timeline().duration()) s = s.withRange(f);
        var tl = project.timeline();
        int[] wh = size();
        if (wh[0] != tl.width() || wh[1] != tl.height()) s = s.withSize(wh[0], wh[1]);
        return s;
    }

    public Path targetFile() { return Path.of(target.get().strip()).toAbsolutePath(); }
}
