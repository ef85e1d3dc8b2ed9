package dev.cutroom.app.ui.soundtrack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Copies a take's side files to a folder the user picked. Any thread but the FX thread (file work). */
final class SideFileExport {
    private SideFileExport() {}

    /**
     * Copies each file into {@code folder} under its own name, replacing an older export of the same name.
     *
     * @throws UncheckedIOException naming the file when one is missing or cannot be copied (files copied before stay)
     */
    static List<Path> copy(List<Path> files, Path folder) {
        List<Path> copies = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (Path f : files) {
                if (!Files.isRegularFile(f)) throw new NoSuchFileException(f.toString(), null, "is missing beside the take (moved or deleted?)");
                copies.add(Files.copy(f, folder.resolve(f.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING));
            }
            return copies;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }
}
