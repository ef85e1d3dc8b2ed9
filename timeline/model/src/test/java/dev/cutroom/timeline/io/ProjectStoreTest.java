package dev.cutroom.timeline.io;

import dev.cutroom.timeline.io.ProjectFileException.Kind;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectStoreTest {
    @TempDir
    Path dir;

    private final ProjectStore store = new ProjectStore();

    private List<String> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** A "crash" half way through writing: the stream dies after {@code limit} bytes. */
    private static ProjectStore crashingAfter(long limit) {
        return new ProjectStore(out -> new FilterOutputStream(out) {
            long written;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int n = (int) Math.min(len, limit - written);
                if (n > 0) out.write(b, off, n);
                written += n;
                if (n < len) throw new IOException("simulated crash after " + written + " bytes");
            }
        });
    }

    @Test
    void saveThenLoad() throws Exception {
        Path file = dir.resolve("film.cutroom");
        Project p = TestProjects.rich();
        store.save(p, file);
        assertThat(files()).containsExactly("film.cutroom");
        LoadedProject loaded = store.load(file);
        assertThat(loaded.project()).isEqualTo(p);
        assertThat(loaded.extras().baseFolder()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void secondSaveKeepsThePreviousAsBak() throws Exception {
        Path file = dir.resolve("film.cutroom");
        Project first = TestProjects.rich();
        store.save(first, file);
        byte[] firstBytes = Files.readAllBytes(file);
        Project second = new Project(first.id(), "Second", first.timeline(), first.media());
        LoadedProject opened = store.load(file);
        store.save(second, opened.extras(), file);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.bak");
        assertThat(Files.readAllBytes(ProjectStore.backupFile(file))).isEqualTo(firstBytes);
        assertThat(store.load(file).project().name()).isEqualTo("Second");
        store.save(new Project(first.id(), "Third", first.timeline(), first.media()), file);
        assertThat(store.load(ProjectStore.backupFile(file)).project().name()).isEqualTo("Second");
    }

    @Test
    void saveKeepsTheFilePermissions() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) == null) return;
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).startsWith("rw-r");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw----"));
        store.save(TestProjects.rich(), file);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
    }

    @Test
    void crashMidWriteLeavesThePreviousFileIntactAndNoTempFile() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        store.save(TestProjects.rich(), file);
        byte[] before = Files.readAllBytes(file);
        byte[] bakBefore = Files.readAllBytes(ProjectStore.backupFile(file));
        Project changed = new Project("project-1", "Changed", TestProjects.rich().timeline(), TestProjects.rich().media());
        long half = ProjectJson.write(changed).length / 2;

        assertThatThrownBy(() -> crashingAfter(half).save(changed, file))
                .isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                .hasMessageStartingWith(file.toString() + ": ")
                .hasMessageContaining("previous file is unchanged")
                .hasMessageContaining("simulated crash");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllBytes(ProjectStore.backupFile(file))).isEqualTo(bakBefore);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.bak");
        assertThat(store.load(file).project()).isEqualTo(TestProjects.rich());
    }

    @Test
    void crashOnFirstSaveLeavesNothingBehind() {
        Path file = dir.resolve("new.cutroom");
        assertThatThrownBy(() -> crashingAfter(100).save(TestProjects.rich(), file)).isInstanceOf(ProjectFileException.class);
        assertThat(file).doesNotExist();
        assertThat(dir.toFile().list()).isEmpty();
        assertThatThrownBy(() -> new ProjectStore(out -> { throw new IllegalStateException("disk gone"); }).save(TestProjects.rich(), file))
                .isInstanceOf(ProjectFileException.class).hasMessageContaining("disk gone");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void tempFilesLeftByARealCrashAreTidiedOnTheNextSave() throws Exception {
        Path file = dir.resolve("film.cutroom");
        Files.writeString(dir.resolve(".film.cutroom~12345.tmp"), "{\"schema\":\"Proj");
        Files.writeString(dir.resolve("unrelated.txt"), "keep");
        store.save(TestProjects.rich(), file);
        assertThat(files()).containsExactly("film.cutroom", "unrelated.txt");
    }

    @Test
    void aKillBetweenBackupAndRenameLeavesNoLinkBehindOnTheNextSave() throws Exception {
        // found by cutroom drill: killed after NAME.bak was made a link to NAME, before the new save was renamed in
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        store.save(TestProjects.rich(), file);
        Path bak = ProjectStore.backupFile(file);
        Files.delete(bak);
        Files.createLink(bak, file);
        Project changed = new Project("project-1", "Changed", TestProjects.rich().timeline(), TestProjects.rich().media());
        store.save(changed, file);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.bak");
        assertThat(store.load(bak).project()).isEqualTo(TestProjects.rich());
        assertThat(store.load(file).project()).isEqualTo(changed);
    }

    @Test
    void autosaveTempFilesLeftByAKillAreTidiedOnTheNextAutosaveAndSave() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        Files.writeString(dir.resolve(".film.cutroom.autosave~1a2b.tmp"), "{\"schema\":\"Proj");
        store.autosave(TestProjects.rich(), file);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.autosave");
        Files.writeString(dir.resolve(".film.cutroom.autosave~3c4d.tmp"), "{\"schema\":\"Proj");
        store.save(TestProjects.rich(), file);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.bak");
    }

    @Test
    void saveAsIntoAnotherFolderRewritesRelativeMediaPaths() throws Exception {
        Path projectA = dir.resolve("a");
        Path projectB = dir.resolve("b").resolve("deeper");
        Files.createDirectories(projectA);
        Path fileA = projectA.resolve("film.cutroom");
        Project p = withPaths(TestProjects.rich(), "clips/a.mp4", "/elsewhere/b.wav",
                projectB.resolve("media/c.mov").toAbsolutePath().toString());
        store.save(p, fileA);

        LoadedProject opened = store.load(fileA);
        Path fileB = projectB.resolve("film copy.cutroom");
        LoadedProject after = store.saveAs(opened.project(), opened.extras(), fileB);

        List<String> expected = List.of(projectA.resolve("clips/a.mp4").toAbsolutePath().toString(), "/elsewhere/b.wav", "media/c.mov");
        assertThat(paths(after.project())).isEqualTo(expected);
        assertThat(after.extras().baseFolder()).isEqualTo(projectB.toAbsolutePath().normalize());
        LoadedProject reopened = store.load(fileB);
        assertThat(paths(reopened.project())).isEqualTo(expected);
        // every path still finds the same file
        for (int i = 0; i < 3; i++) {
            assertThat(MediaPaths.resolve(projectB, reopened.project().media().get(i).path()))
                    .isEqualTo(MediaPaths.resolve(projectA, opened.project().media().get(i).path()));
        }
        // the original is untouched
        assertThat(paths(store.load(fileA).project())).containsExactly("clips/a.mp4", "/elsewhere/b.wav",
                projectB.resolve("media/c.mov").toAbsolutePath().toString());
        // the plain save(project, extras, target) form rewrites the same way
        Path fileC = dir.resolve("c.cutroom");
        store.save(opened.project(), opened.extras(), fileC);
        assertThat(paths(store.load(fileC).project())).containsExactly("a/clips/a.mp4", "/elsewhere/b.wav", "b/deeper/media/c.mov");
    }

    @Test
    void saveWithoutExtrasKeepsRelativePathsAsTheyAre() throws Exception {
        Path file = dir.resolve("sub/film.cutroom");
        Project p = withPaths(TestProjects.rich(), "clips/a.mp4", "../shared/b.wav", dir.resolve("sub/x/c.mov").toString());
        store.save(p, file);
        assertThat(paths(store.load(file).project())).containsExactly("clips/a.mp4",
                dir.resolve("shared/b.wav").toAbsolutePath().normalize().toString(), "x/c.mov");
    }

    @Test
    void autosaveNeverTouchesTheSaveAndIsFoundForRecovery() throws Exception {
        Path file = dir.resolve("film.cutroom");
        Project saved = TestProjects.rich();
        store.save(saved, file);
        store.save(saved, file);
        byte[] before = Files.readAllBytes(file);
        byte[] bakBefore = Files.readAllBytes(ProjectStore.backupFile(file));
        assertThat(store.findRecovery(file)).isEmpty();

        Project edited = new Project(saved.id(), "Unsaved edits", saved.timeline(), saved.media());
        store.autosave(edited, file);
        Path auto = ProjectStore.autosaveFile(file);
        assertThat(auto.getFileName().toString()).isEqualTo("film.cutroom.autosave");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.readAllBytes(ProjectStore.backupFile(file))).isEqualTo(bakBefore);
        assertThat(files()).containsExactly("film.cutroom", "film.cutroom.autosave", "film.cutroom.bak");

        Instant now = Instant.now();
        Files.setLastModifiedTime(file, FileTime.from(now.minusSeconds(60)));
        Files.setLastModifiedTime(auto, FileTime.from(now));
        Recovery r = store.findRecovery(file).orElseThrow();
        assertThat(r.autosaveFile()).isEqualTo(auto);
        assertThat(r.savedAt()).isEqualTo(FileTime.from(now.minusSeconds(60)));
        assertThat(store.loadRecovery(file).project()).isEqualTo(edited);

        Files.setLastModifiedTime(auto, FileTime.from(now.minusSeconds(120)));
        assertThat(store.findRecovery(file)).isEmpty();

        store.discardAutosave(file);
        assertThat(auto).doesNotExist();
    }

    @Test
    void aSaveSupersedesTheAutosave() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.autosave(TestProjects.rich(), file);
        assertThat(store.findRecovery(file)).get().extracting(Recovery::savedAt).isNull();
        store.save(TestProjects.rich(), file);
        assertThat(store.findRecovery(file)).isEmpty();
        assertThat(ProjectStore.autosaveFile(file)).doesNotExist();
    }

    @Test
    void crashDuringAutosaveLeavesNoTrace() throws Exception {
        Path file = dir.resolve("film.cutroom");
        store.save(TestProjects.rich(), file);
        assertThatThrownBy(() -> crashingAfter(10).autosave(TestProjects.rich(), file)).isInstanceOf(ProjectFileException.class);
        assertThat(files()).containsExactly("film.cutroom");
    }

    @Test
    void loadErrorsNameTheFile() throws Exception {
        Path missing = dir.resolve("missing.cutroom");
        assertThatThrownBy(() -> store.load(missing)).isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO))
                .hasMessage(missing + ": no such file");
        Path empty = Files.createFile(dir.resolve("empty.cutroom"));
        assertThatThrownBy(() -> store.load(empty)).isInstanceOfSatisfying(ProjectFileException.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.EMPTY);
            assertThat(e.file()).isEqualTo(empty.toString());
        }).hasMessageStartingWith(empty + ": ");
        Path foreign = Files.writeString(dir.resolve("package.json"), "{\"name\":\"left-pad\",\"version\":\"1.0.0\"}");
        assertThatThrownBy(() -> store.load(foreign)).isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.FOREIGN))
                .hasMessageStartingWith(foreign + ": not a Cutroom project");
        Path newer = Files.writeString(dir.resolve("newer.cutroom"), "{\"schema\":\"Project.7\"}");
        assertThatThrownBy(() -> store.load(newer))
                .hasMessage(newer + ": written by a newer Cutroom: Project.7; this version reads up to Project.2. Update Cutroom to open it");
        assertThatThrownBy(() -> store.load(dir)).isInstanceOfSatisfying(ProjectFileException.class, e -> assertThat(e.kind()).isEqualTo(Kind.IO));
    }

    @Test
    void damagedFilesAreReportedWithTheirNameAndLeftUntouched() throws Exception {
        byte[] good = ProjectJson.write(TestProjects.rich());
        String text = new String(good, java.nio.charset.StandardCharsets.UTF_8);
        Path truncated = Files.write(dir.resolve("truncated.cutroom"), java.util.Arrays.copyOf(good, good.length * 2 / 3));
        Path corrupt = Files.writeString(dir.resolve("corrupt.cutroom"), text.replaceFirst("\"width\" : 1920,", "\"width\" : 1920,,"));
        Path invalid = Files.writeString(dir.resolve("invalid.cutroom"), text.replace("\"duration\" : \"13/1\"", "\"duration\" : \"12/1\""));
        List<String> before = files();

        assertThatThrownBy(() -> store.load(truncated)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.TRUNCATED)).hasMessageStartingWith(truncated + ": ").hasMessageContaining("cut short");
        assertThatThrownBy(() -> store.load(corrupt)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.MALFORMED)).hasMessageStartingWith(corrupt + ": not valid JSON at line ")
                .hasMessageContaining(", column ");
        assertThatThrownBy(() -> store.load(invalid)).isInstanceOfSatisfying(ProjectFileException.class,
                e -> assertThat(e.kind()).isEqualTo(Kind.MODEL_RULES)).hasMessageStartingWith(invalid + ": breaks a model rule: ")
                .hasMessageContaining("clip-3");

        assertThat(files()).as("loading writes nothing (no .bak, no temp)").isEqualTo(before);
        assertThat(Files.readAllBytes(truncated)).isEqualTo(java.util.Arrays.copyOf(good, good.length * 2 / 3));
    }

    private static Project withPaths(Project p, String... paths) {
        List<MediaItem> media = new ArrayList<>(p.media());
        for (int i = 0; i < paths.length; i++) media.set(i, media.get(i).withPath(paths[i]));
        return p.withMedia(media);
    }

    private static List<String> paths(Project p) { return p.media().stream().map(MediaItem::path).toList(); }

}
