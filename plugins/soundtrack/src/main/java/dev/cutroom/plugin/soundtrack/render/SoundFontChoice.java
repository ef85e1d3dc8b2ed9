package dev.cutroom.plugin.soundtrack.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which General MIDI bank renders the score: an SF2 file from the Debian packages {@code fluid-soundfont-gm}
 * (FluidR3_GM.sf2), {@code timgm6mb-soundfont} (TimGM6mb.sf2) or {@code csound-soundfont} (sf_GMbank.sf2)
 * when installed, else the JDK's built-in generated bank. SF3 files are not used (Gervill plays them as
 * noise). Immutable; any thread.
 *
 * @param name   "FluidR3_GM", "TimGM6mb", "sf_GMbank" or "builtin"
 * @param file   the SF2 file, or null for the built-in bank
 * @param sha256 hex digest of the file, or "builtin"
 */
public record SoundFontChoice(String name, Path file, String sha256) {
    /** Choices of the {@code soundfont} parameter. */
    public static final List<String> CHOICES = List.of("auto", "FluidR3_GM", "TimGM6mb", "sf_GMbank", "builtin");
    static final List<Path> FOLDERS = List.of(Path.of("/usr/share/sounds/sf2"), Path.of("/usr/share/soundfonts"), Path.of("/usr/local/share/soundfonts"));

    /** The built-in bank. */
    public static SoundFontChoice builtin() {
        return new SoundFontChoice("builtin", null, "builtin");
    }

    /** Installed SF2 fonts by name, best first. Any thread. */
    public static Map<String, Path> installed() {
        Map<String, Path> out = new LinkedHashMap<>();
        for (String name : List.of("FluidR3_GM", "TimGM6mb", "sf_GMbank")) {
            for (Path folder : FOLDERS) {
                Path f = folder.resolve(name + ".sf2");
                if (Files.isRegularFile(f)) { out.put(name, f); break; }
            }
        }
        return out;
    }

    /**
     * Resolves the parameter value: "auto" takes the best installed font, else the built-in bank; a named font
     * that is missing falls back the same way and {@code warning} says so. Any thread.
     */
    public static SoundFontChoice resolve(String choice, java.util.function.Consumer<String> warning) throws IOException {
        Map<String, Path> fonts = installed();
        if ("builtin".equals(choice)) return builtin();
        Optional<Map.Entry<String, Path>> pick;
        if (choice == null || "auto".equals(choice)) pick = fonts.entrySet().stream().findFirst();
        else {
            pick = Optional.ofNullable(fonts.get(choice)).map(p -> Map.entry(choice, p));
            if (pick.isEmpty()) {
                warning.accept("SoundFont " + choice + " is not installed (" + FOLDERS.getFirst() + "); using "
                        + (fonts.isEmpty() ? "the built-in bank" : fonts.keySet().iterator().next()));
                pick = fonts.entrySet().stream().findFirst();
            }
        }
        if (pick.isEmpty()) return builtin();
        return new SoundFontChoice(pick.get().getKey(), pick.get().getValue(), sha256(pick.get().getValue()));
    }

    /** Hex SHA-256 of a file. Any thread. */
    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
