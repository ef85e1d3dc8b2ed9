package dev.cutroom.timeline.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The media guard judges real paths: links are followed, and {@code file:} text is no exemption. */
class MediaGuardTest {
    @TempDir
    Path dir;

    @Test
    void plainMediaInsideTheFolderAndAbsoluteFootageElsewhereAreFine() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(Files.createDirectories(project.resolve("clips")).resolve("a.mp4"), "x");
        Path elsewhere = Files.writeString(Files.createDirectories(dir.resolve("footage")).resolve("b.mp4"), "x");
        assertThat(MediaGuard.concern(project, "clips/a.mp4")).isEmpty();
        assertThat(MediaGuard.concern(project, elsewhere.toString())).isEmpty();
    }

    @Test
    void aLinkInsideTheFolderToASystemFileOrToFootageElsewhereIsReported() throws Exception {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path footage = Files.writeString(Files.createDirectories(dir.resolve("footage")).resolve("b.mp4"), "x");
        Files.createSymbolicLink(project.resolve("passwd.mp4"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(project.resolve("b.mp4"), footage);
        Files.createSymbolicLink(project.resolve("linked"), dir.resolve("footage"));
        assertThat(MediaGuard.concern(project, "passwd.mp4")).hasValueSatisfying(w -> assertThat(w).contains("/etc/passwd"));
        assertThat(MediaGuard.concern(project, "b.mp4")).hasValueSatisfying(w -> assertThat(w).contains("link").contains(footage.toString()));
        assertThat(MediaGuard.concern(project, "linked/b.mp4")).isPresent();
        // an absolute path through a link into a system folder is caught too
        assertThat(MediaGuard.concern(dir.resolve("other"), project.resolve("passwd.mp4").toString())).isPresent();
        assertThat(MediaGuard.isInside(project.resolve("b.mp4"), List.of(project))).isFalse();
        assertThat(MediaGuard.isInside(project.resolve("passwd.mp4"), List.of(project))).isFalse();
    }

    @Test
    void fileColonTextIsJudgedLikeAnyOtherRelativePath() throws Exception {
        Path project = Files.createDirectories(dir.resolve("a/b/c/project"));
        assertThat(MediaGuard.concern(project, "file:/../../../../../../../../etc/passwd")).isPresent();
        assertThat(MediaGuard.concern(project, "file:../../x.mp4")).isEmpty(); // stays inside: "file:.." is a folder name here
        assertThat(MediaGuard.concern(project, "../../../x.mp4")).hasValue("climbs out of the project folder");
        assertThat(MediaGuard.concern(project, "/proc/self/environ")).hasValueSatisfying(w -> assertThat(w).contains("system file"));
        assertThat(MediaGuard.concern(project, "/home/someone/.ssh/id_rsa")).isPresent();
    }
}
