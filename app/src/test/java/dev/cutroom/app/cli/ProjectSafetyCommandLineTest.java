package dev.cutroom.app.cli;

import dev.cutroom.timeline.io.ProjectLock;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.FrameRate;
import dev.cutroom.timeline.model.Ids;
import dev.cutroom.timeline.model.MediaInfo;
import dev.cutroom.timeline.model.MediaItem;
import dev.cutroom.timeline.model.Project;
import dev.cutroom.timeline.model.ProjectFactory;
import dev.cutroom.timeline.model.ProjectFormat;
import dev.cutroom.timeline.model.Rational;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line never loses work silently: locks, links, read-only files, autosaves, render targets, hostile names. */
class ProjectSafetyCommandLineTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void shortLockWait() { System.setProperty("cutroom.lockWaitMillis", "200"); }

    @AfterAll
    static void defaultLockWait() { System.clearProperty("cutroom.lockWaitMillis"); }

    /** A two-clip project whose media need not exist (edits and info do not open media). */
    static Path project(Path file, String name) throws Exception {
        MediaInfo info = new MediaInfo("mov,mp4", Rational.of(10), new MediaInfo.VideoStreamInfo(640, 360, FrameRate.FPS_25, 0, "h264", 250),
                new MediaInfo.AudioStreamInfo(48_000, 2, "aac"));
        Ids ids = Ids.random();
        List<MediaItem> media = List.of(MediaItem.probed(ids.next("media"), "a.mp4", info), MediaItem.probed(ids.next("media"), "b.mp4", info));
        Project p = new ProjectFactory(ids).fromMedia(name, media, ProjectFormat.HD_25);
        new ProjectStore().save(p, file);
        return file;
    }

    /** The last clip of V1, free to move later. */
    private static String lastClip(Path file) throws Exception {
        return new ProjectStore().load(file).project().timeline().tracks().getFirst().clips().getLast().id();
    }

    private static long lastStart(Path file) throws Exception {
        return new ProjectStore().load(file).project().timeline().tracks().getFirst().clips().getLast().start();
    }

    @Test
    void renderRefusesAnExistingOutputWithoutForce() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        Path out = Files.writeString(dir.resolve("old.mp4"), "keep");
        CliRun run = CliRun.of("render", file.toString(), "-o", out.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("exists; pass --force to replace it");
        assertThat(Files.readString(out)).isEqualTo("keep");
    }

    @Test
    void renderNeverWritesOntoAFileTheProjectUsesEvenWithForce() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        Files.writeString(dir.resolve("a.mp4"), "source footage");
        new ProjectStore().save(new ProjectStore().load(file).project(), file); // makes cut.cutroom.bak
        Path link = Files.createSymbolicLink(dir.resolve("alias.mp4"), dir.resolve("a.mp4"));
        for (Path target : List.of(file, dir.resolve("a.mp4"), ProjectStore.backupFile(file), ProjectStore.autosaveFile(file), link)) {
            byte[] before = Files.exists(target) ? Files.readAllBytes(target) : null;
            CliRun run = CliRun.of("render", file.toString(), "-o", target.toString(), "--force");
            assertThat(run.code()).as(target.toString()).isEqualTo(1);
            assertThat(run.err()).contains("The render would write onto").contains("--force does not allow this");
            if (before != null) assertThat(Files.readAllBytes(target)).isEqualTo(before);
        }
    }

    @Test
    void otioExportAndProjectNewDoNotWriteOntoTheProjectsFiles() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        byte[] before = Files.readAllBytes(file);
        CliRun export = CliRun.of("otio", "export", file.toString(), "-o", file.toString(), "--force");
        assertThat(export.code()).isEqualTo(1);
        assertThat(export.err()).contains("which is the project file itself");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        Path media = Files.writeString(dir.resolve("a.mp4"), "footage");
        CliRun made = CliRun.of("project", "new", "-o", media.toString(), media.toString(), "--force");
        assertThat(made.code()).isEqualTo(1);
        assertThat(made.err()).contains("is one of the media");
        assertThat(Files.readString(media)).isEqualTo("footage");
    }

    @Test
    void edlAndFcpxmlExportsDoNotWriteOntoTheProjectFileEvenWithForce() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        byte[] before = Files.readAllBytes(file);
        for (String format : List.of("edl", "fcpxml")) {
            CliRun export = CliRun.of(format, "export", file.toString(), "-o", file.toString(), "--force");
            assertThat(export.code()).as(format).isEqualTo(1);
            assertThat(export.err()).as(format).contains("which is the project file itself");
            assertThat(Files.readAllBytes(file)).as(format).isEqualTo(before);
        }
    }

    @Test
    void anEditWaitsForTheLockAndRefusesNamingTheHolder() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        byte[] before = Files.readAllBytes(file);
        try (ProjectLock editor = ProjectLock.acquire(file, "Cutroom editor", Duration.ZERO)) {
            CliRun run = CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", "900");
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err()).contains("the project is in use by pid " + ProcessHandle.current().pid()).contains("(Cutroom editor) since ")
                    .contains("nothing was changed");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", "900").code()).isZero();
        assertThat(lastStart(file)).isEqualTo(900);
    }

    @Test
    void aSymlinkedProjectIsEditedInItsRealFile() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path file = project(real.resolve("cut.cutroom"), "Cut");
        Path link = Files.createSymbolicLink(dir.resolve("cut.cutroom"), file);
        CliRun run = CliRun.of("edit", link.toString(), "move", "--clip", lastClip(file), "--to", "1000");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(lastStart(file)).isEqualTo(1000);
        assertThat(real.resolve("cut.cutroom.bak")).exists();
        assertThat(dir.resolve("cut.cutroom.bak")).doesNotExist();
    }

    @Test
    void aSymlinkedProjectFindsItsMediaBesideTheRealFile() throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path file = project(real.resolve("cut.cutroom"), "Cut");
        Files.writeString(real.resolve("a.mp4"), "footage");
        Files.writeString(real.resolve("b.mp4"), "footage");
        Path link = Files.createSymbolicLink(dir.resolve("cut.cutroom"), file);
        ProjectFiles.Opened opened = ProjectFiles.load(link);
        assertThat(opened.resolver().resolve(opened.project().media().getFirst())).isEqualTo(real.toRealPath().resolve("a.mp4"));
        assertThat(opened.outsideMedia()).isEmpty();
    }

    @Test
    void aReadOnlyProjectIsNotEdited() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", "1000");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("read-only, so it is not overwritten");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aBackupFolderGivesAClearMessageAndLeavesNoTempFile() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        Files.createDirectories(dir.resolve("cut.cutroom.bak"));
        CliRun run = CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", "1000");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("cut.cutroom.bak: that is a folder; move it away and save again");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void anEditKeepsANewerAutosaveAndSaysWhere() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        ProjectStore store = new ProjectStore();
        store.autosave(store.load(file).project(), file);
        CliRun run = CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", "1000");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).contains("cutroom: note: an autosave newer than the project file").contains("cut.recovered-");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("cut.recovered-"))).hasSize(1);
        }
    }

    @Test
    void specialFilesAreRefusedWithOneLine() throws Exception {
        Path fifo = dir.resolve("pipe.cutroom");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
            CliRun run = CliRun.of("project", "info", fifo.toString());
            assertThat(run.code()).isEqualTo(1);
            assertThat(run.err().strip()).isEqualTo("cutroom: error: " + fifo + ": is not a regular file (a pipe, device or socket); project files are plain files");
        }
        CliRun zero = CliRun.of("project", "info", "/dev/zero");
        assertThat(zero.code()).isEqualTo(1);
        assertThat(zero.err().strip().lines()).hasSize(1);
        CliRun folder = CliRun.of("project", "info", dir.toString());
        assertThat(folder.err().strip()).isEqualTo("cutroom: error: " + dir + ": is a folder, not a project file");
    }

    @Test
    void namesFromTheProjectFileAreEscapedInProjectInfo() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Etxt.exe");
        CliRun text = CliRun.of("project", "info", file.toString());
        assertThat(text.code()).as(text.err()).isZero();
        assertThat(text.out()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\u202E")
                .contains("Evil\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202etxt.exe");
        CliRun json = CliRun.of("project", "info", file.toString(), "--json");
        assertThat(json.out()).doesNotContain("\u001b").doesNotContain("\u009b").doesNotContain("\u202E");
        assertThat(json.json().get("name").asText()).isEqualTo("Evil\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202Etxt.exe");
    }

    @Test
    void errorLinesEscapeWhatCameFromOutside() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        CliRun run = CliRun.of("edit", file.toString(), "lift", "--clip", "x\u001b[2J\u001b]0;owned\u0007\ny");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\u001b").doesNotContain("\u0007").contains("x\\u001b[2J");
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void moveToTheLargestLongIsRefusedNotSaved() throws Exception {
        Path file = project(dir.resolve("cut.cutroom"), "Cut");
        byte[] before = Files.readAllBytes(file);
        CliRun run = CliRun.of("edit", file.toString(), "move", "--clip", lastClip(file), "--to", Long.toString(Long.MAX_VALUE));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
