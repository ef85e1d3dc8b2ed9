package dev.cutroom.edl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.otio.ImportReport;
import dev.cutroom.otio.OtioException;
import dev.cutroom.otio.OtioImporter;
import dev.cutroom.timeline.model.FrameRate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CMX 3600 edit decision list into a project. The list is parsed ({@link EdlParser}), laid out as an
 * OpenTimelineIO timeline (one track per record channel, overlapping events on extra tracks, dissolves and wipes at
 * their record in, M2 speeds as time warps, {@code * LOC:} comments as markers) and built by {@link OtioImporter},
 * so that media paths pass the same outside-the-folder check and the same report is made. The record start becomes
 * frame 0; source timecodes become media times. A list that places nothing is an error.
 */
public final class EdlImporter {
    private final OtioImporter.Options options;
    private final FrameRate rate;

    /** @param rate the list's frame rate; null: guessed from the list (drop frame: 29.97; a frame field of 24: 25; above 24: 29.97; else 24), and reported */
    public EdlImporter(OtioImporter.Options options, FrameRate rate) {
        this.options = options;
        this.rate = rate;
    }

    public OtioImporter.Result read(Path file) throws OtioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new OtioException(file.toString(), null, "no such file", e);
        } catch (IOException e) {
            throw new OtioException(file.toString(), null, "cannot read the file: " + e, e);
        }
        return read(bytes, file.toString(), file.toAbsolutePath().getParent());
    }

    public OtioImporter.Result read(byte[] bytes, String source, Path folder) throws OtioException {
        EdlParser.Parsed list = EdlParser.parse(new String(bytes, StandardCharsets.ISO_8859_1), source, rate);
        ObjectNode tree = EdlLayout.toOtio(list);
        OtioImporter.Result r = new OtioImporter(options).read(tree, source, folder);
        List<ImportReport.Entry> entries = new ArrayList<>(list.report());
        for (ImportReport.Entry e : r.report().entries()) {
            entries.add(e);
        }
        return new OtioImporter.Result(r.project(), r.extras(), new ImportReport(entries));
    }
}
