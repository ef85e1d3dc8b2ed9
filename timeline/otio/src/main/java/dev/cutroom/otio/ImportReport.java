package dev.cutroom.otio;

import java.util.ArrayList;
import java.util.List;

/**
 * What an OpenTimelineIO import could not carry over exactly, item by item, so that nothing is dropped silently.
 *
 * @param entries in file order
 */
public record ImportReport(List<Entry> entries) {
    public ImportReport {
        entries = List.copyOf(entries);
    }

    public enum Kind {
        /** Something Cutroom has no place for (an effect, a generator, a transition of unknown kind): left out of the timeline, kept in the project's extras where possible so that export writes it back. */
        UNMAPPED,
        /** Media that is not linked: a missing reference, a URL that is not a local file, an invalid path. The clip stays, with offline media. */
        OFFLINE,
        /** A media path outside the project folder: not followed until the user confirms (or {@code --allow-outside}). The clip stays, with offline media. */
        NEEDS_CONFIRMATION,
        /** Mapped, but changed to fit the model (snapped to the frame grid, clamped to the media, a nested stack flattened). */
        ADJUSTED
    }

    /**
     * @param path    JSON path in the OTIO file, e.g. {@code $.tracks.children[0].children[2]}
     * @param message what happened, for the user
     */
    public record Entry(Kind kind, String path, String message) {
        @Override
        public String toString() { return kind + " " + path + ": " + message; }
    }

    public boolean isEmpty() { return entries.isEmpty(); }

    public List<Entry> of(Kind kind) { return entries.stream().filter(e -> e.kind() == kind).toList(); }

    /** One line per entry, or a line saying everything was mapped. */
    public String text() {
        if (entries.isEmpty()) return "Everything in the file was mapped.";
        StringBuilder b = new StringBuilder();
        b.append(entries.size()).append(entries.size() == 1 ? " item" : " items").append(" not mapped exactly:\n");
        for (Entry e : entries) b.append("  ").append(e).append('\n');
        return b.toString();
    }

    /** Collects entries during an import. */
    public static final class Builder {
        private final List<Entry> entries = new ArrayList<>();
        private static final int MAX = 10_000;

        public void add(Kind kind, String path, String message) {
            if (entries.size() < MAX) entries.add(new Entry(kind, path, message));
        }

        public ImportReport build() { return new ImportReport(entries); }
    }
}
