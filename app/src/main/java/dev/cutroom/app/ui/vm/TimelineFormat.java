package dev.cutroom.app.ui.vm;

import dev.cutroom.edl.EdlExporter;
import dev.cutroom.edl.EdlImporter;
import dev.cutroom.fcpxml.FcpxmlExporter;
import dev.cutroom.fcpxml.FcpxmlImporter;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioExporter;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.io.Extras;
import dev.cutroom.timeline.model.Project;

import java.nio.file.Path;
import java.util.Locale;

/** The interchange formats the editor's File menu reads and writes, told apart by the file's extension. */
public enum TimelineFormat {
    OTIO("OpenTimelineIO", "otio"),
    EDL("CMX 3600 EDL", "edl"),
    FCPXML("FCPXML", "fcpxml");

    public final String title, extension;

    TimelineFormat(String title, String extension) {
        this.title = title;
        this.extension = extension;
    }

    /** The format of {@code file} by its extension (.otio, .edl, .fcpxml); OTIO for anything else. */
    public static TimelineFormat of(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (TimelineFormat f : values()) if (n.endsWith("." + f.extension)) return f;
        return OTIO;
    }

    /** Reads {@code file} (an EDL's rate is guessed from its timecodes and reported). */
    public OtioImporter.Result read(OtioImporter.Options options, Path file) throws OtioException {
        return switch (this) {
            case OTIO -> new OtioImporter(options).read(file);
            case EDL -> new EdlImporter(options, null).read(file);
            case FCPXML -> new FcpxmlImporter(options).read(file);
        };
    }

    /** Writes {@code file} atomically (EDLs with drop-frame timecode at 29.97 and 59.94). */
    public void write(Project project, Extras extras, Path file) throws OtioException {
        switch (this) {
            case OTIO -> OtioExporter.save(project, extras, file);
            case EDL -> EdlExporter.save(project, extras, file, true);
            case FCPXML -> FcpxmlExporter.save(project, extras, file);
        }
    }
}
