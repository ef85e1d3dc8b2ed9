package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.io.ProjectStore.AutosaveRule;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** What a save or load refuses, and what it keeps, so that no work is lost silently. */
class ProjectStoreGuardsTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    private List<String> files(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static Project renamed(String name) {
        Project p = TestProjects.rich();
        return new Project(p.id(), name, p.timeline(), p.media());
    }

    // ------------------------------------------------------------------ load: regular files only

    @Test
    void fifoDeviceAndFolderAreRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.cutroom");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor() == 0, "mkfifo is not available");
        assertThatThrownBy(() -> store.load(fifo)).isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                .hasMessage(fifo + ": is not a regular file (a pipe, device or socket); project files are plain files");
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> store.load(zero)).hasMessageContaining("is not a regular file");
        assertThatThrownBy(() -> store.load(dir)).hasMessage(dir + ": is a folder, not a project file");
    }

    @Test
    void oversizedFileIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.cutroom");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(ProjectStore.MAX_FILE_BYTES + 1); // sparse: takes no disk
        }
        assertThatThrownBy(() -> store.load(big)).hasMessageContaining("project files are at most 64 MB");
    }

    // ------------------------------------------------------------------ changed on disk

    @Test
    void aFileChangedOnDiskSinceLoadingIsNotOverwritten() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        LoadedProject mine = store.load(file);
        store.save(renamed("Theirs"), file); // another program saves in between
        byte[] theirs = Files.readAllBytes(file);

        assertThatThrownBy(() -> store.saveOver(renamed("Mine"), mine.extras(), file, mine.stamp(), AutosaveRule.KEEP_NEWER))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.CHANGED_ON_DISK))
                .hasMessageContaining("changed on disk since it was loaded").hasMessageContaining("reload it, or save under another name");
        assertThat(Files.readAllBytes(file)).isEqualTo(theirs);
        assertThat(files(dir)).containsExactly("film.cutroom", "film.cutroom.bak");
    }

    @Test
    void anUnchangedFileIsSavedOverAndTheNewStampChains() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        LoadedProject loaded = store.load(file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2030-01-01T00:00:00Z"))); // touched, same bytes
        var first = store.saveOver(renamed("One"), loaded.extras(), file, loaded.stamp(), AutosaveRule.KEEP_NEWER);
        var second = store.saveOver(renamed("Two"), first.written().extras(), file, first.stamp(), AutosaveRule.KEEP_NEWER);
        assertThat(second.keptAutosave()).isNull();
        assertThat(store.load(file).project().name()).isEqualTo("Two");
    }

    // ------------------------------------------------------------------ autosave

    @Test
    void aCommandLineSaveKeepsANewerAutosaveAsARecoveryCopy() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        store.autosave(renamed("Unsaved editor work"), file);
        LoadedProject loaded = store.load(file);

        var saved = store.saveOver(renamed("Edited"), loaded.extras(), file, loaded.stamp(), AutosaveRule.KEEP_NEWER);

        assertThat(saved.keptAutosave()).isNotNull();
        assertThat(saved.keptAutosave().getFileName().toString()).matches("film\\.recovered-\\d{8}-\\d{6}\\.cutroom");
        assertThat(store.load(saved.keptAutosave()).project().name()).isEqualTo("Unsaved editor work");
        assertThat(Files.exists(ProjectStore.autosaveFile(file))).isFalse();
    }

    @Test
    void theEditorsOwnSaveSupersedesItsAutosave() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        store.autosave(renamed("Session"), file);
        LoadedProject loaded = store.load(file);
        var saved = store.saveOver(renamed("Session"), loaded.extras(), file, loaded.stamp(), AutosaveRule.SUPERSEDE);
        assertThat(saved.keptAutosave()).isNull();
        assertThat(files(dir)).containsExactly("film.cutroom", "film.cutroom.bak");
    }

    // ------------------------------------------------------------------ links, read-only, .bak folder

    @Test
    void aProjectOpenedThroughASymlinkIsSavedIntoTheRealFile() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path links = Files.createDirectories(dir.resolve("links"));
        Path file = real.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Path link = Files.createSymbolicLink(links.resolve("film.cutroom"), file);

        LoadedProject loaded = store.load(link);
        assertThat(loaded.extras().baseFolder()).isEqualTo(real.toRealPath());
        store.saveOver(renamed("Through the link"), loaded.extras(), link, loaded.stamp(), AutosaveRule.KEEP_NEWER);
        store.autosave(renamed("Autosaved"), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(store.load(file).project().name()).isEqualTo("Through the link");
        assertThat(files(real)).containsExactly("film.cutroom", "film.cutroom.autosave", "film.cutroom.bak");
        assertThat(files(links)).containsExactly("film.cutroom");
        assertThat(store.findRecovery(link)).isPresent();
    }

    @Test
    void aReadOnlyProjectFileIsNotOverwritten() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        assertThatThrownBy(() -> store.save(renamed("Changed"), file))
                .hasMessage(file + ": the file is read-only, so it is not overwritten; make it writable or save under another name");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        assertThat(files(dir)).containsExactly("film.cutroom");
    }

    @Test
    void aFolderNamedLikeTheBackupGivesAClearMessageAndLeavesNoTempFile() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Files.deleteIfExists(ProjectStore.backupFile(file));
        Files.createDirectories(ProjectStore.backupFile(file).resolve("inside"));
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> store.save(renamed("Changed"), file))
                .hasMessage(file + ": cannot keep the previous save as " + ProjectStore.backupFile(file)
                        + ": that is a folder; move it away and save again (nothing was written)");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(files(dir)).containsExactly("film.cutroom", "film.cutroom.bak");
    }

    @Test
    void aFolderNamedLikeTheAutosaveIsReportedToo() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Files.createDirectories(ProjectStore.autosaveFile(file));
        assertThatThrownBy(() -> store.autosave(renamed("x"), file)).hasMessageContaining("cannot write the autosave").hasMessageContaining("a folder");
        assertThat(files(dir)).containsExactly("film.cutroom", "film.cutroom.autosave");
    }
}
