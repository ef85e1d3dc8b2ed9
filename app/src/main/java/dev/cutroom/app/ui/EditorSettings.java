package dev.cutroom.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** What the editor remembers between runs (java.util.prefs): window bounds, split positions, recent projects. */
public final class EditorSettings {
    private static final int RECENT = 8;
    private final Preferences prefs;

    public EditorSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public static EditorSettings forUser() {
        return new EditorSettings(Preferences.userRoot().node("dev/cutroom/editor"));
    }

    public double get(String key, double fallback) { return prefs.getDouble(key, fallback); }

    public void put(String key, double value) { prefs.putDouble(key, value); }

    public boolean get(String key, boolean fallback) { return prefs.getBoolean(key, fallback); }

    public void put(String key, boolean value) { prefs.putBoolean(key, value); }

    /** Recent project files, newest first, only those that still exist. */
    public List<Path> recent() {
        List<Path> out = new ArrayList<>();
        for (String s : prefs.get("recent", "").split("\n")) {
            if (s.isBlank()) continue;
            Path p = Path.of(s);
            if (Files.isRegularFile(p)) out.add(p);
        }
        return out;
    }

    public void addRecent(Path file) {
        List<Path> list = new ArrayList<>(recent());
        Path abs = file.toAbsolutePath();
        list.remove(abs);
        list.addFirst(abs);
        while (list.size() > RECENT) list.removeLast();
        prefs.put("recent", String.join("\n", list.stream().map(Path::toString).toList()));
    }

    public void flush() {
        try {
            prefs.flush();
        } catch (BackingStoreException ignored) {
            // layout is a convenience; losing it is not worth an error dialog
        }
    }
}
