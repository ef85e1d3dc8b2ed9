package dev.cutroom.plugin.host.result;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.host.context.JobWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only regular files of the plugin's own, inside the job's output folder, are accepted as results: links to a
 * user's file (symbolic or hard), FIFOs, folders and files reached through a linked folder are refused by name.
 * (The {@code result-links} drill runs the same tricks from a plugin in a worker JVM.)
 */
class ResultFilesTest {
    @TempDir
    Path dir;

    @Test
    void linksFifosAndEscapesAreRefusedAndAPlainFileIsAccepted() throws Exception {
        JobWorkspace ws = JobWorkspace.create(dir.resolve("jobs"), "job-1");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "the user's secret");
        Path symlink = Files.createSymbolicLink(ws.newOutputFile("symlink.txt"), secret);
        Path hardlink = Files.createLink(ws.newOutputFile("hardlink.txt"), secret);
        Path fifo = ws.newOutputFile("fifo.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path folder = Files.createDirectories(ws.newOutputFile("folder"));
        Path linkedFolder = Files.createSymbolicLink(ws.newOutputFile("linked"), dir);
        Path plain = Files.writeString(ws.newOutputFile("plain.txt"), "made by the plugin");

        assertThat(ResultFiles.problem(symlink, ws)).hasValueSatisfying(p -> assertThat(p).contains("symlink.txt is a symbolic link"));
        assertThat(ResultFiles.problem(hardlink, ws)).hasValueSatisfying(p -> assertThat(p).contains("hardlink.txt has 2 hard links"));
        assertThat(ResultFiles.problem(fifo, ws)).hasValueSatisfying(p -> assertThat(p).contains("fifo.txt is not a regular file"));
        assertThat(ResultFiles.problem(folder, ws)).hasValueSatisfying(p -> assertThat(p).contains("not a regular file"));
        assertThat(ResultFiles.problem(linkedFolder.resolve("secret.txt"), ws))
                .hasValueSatisfying(p -> assertThat(p).contains("outside the job's output folder once links are followed"));
        assertThat(ResultFiles.problem(ws.outputs().resolve("../../../secret.txt"), ws))
                .hasValueSatisfying(p -> assertThat(p).contains("outside the job's output folder"));
        assertThat(ResultFiles.problem(ws.outputs().resolve("missing.txt"), ws)).hasValue("missing.txt is missing");
        assertThat(ResultFiles.problem(plain, ws)).isEmpty();
        assertThat(Files.readString(secret)).isEqualTo("the user's secret");
    }
}
