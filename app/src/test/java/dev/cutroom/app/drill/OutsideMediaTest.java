package dev.cutroom.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.cli.CutroomCommand;
import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.timeline.io.ProjectStore;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The render guard on its own. Footage elsewhere, stored as an absolute path (what Save As writes), renders as
 * usual; a hand-written {@code ../} path that climbs out of the project folder is refused, naming the media, and
 * renders with {@code --allow-outside}.
 */
class OutsideMediaTest {
    @TempDir
    Path dir;

    @Test
    void absoluteFootageElsewhereIsFineButAClimbingRelativePathNeedsConfirmation() throws Exception {
        Path demo = DemoProject.create(dir.resolve("media"));
        Path elsewhere = Files.createDirectories(dir.resolve("projects")).resolve("cut.cutroom");
        ProjectFiles.Opened opened = ProjectFiles.load(demo);
        new ProjectStore().saveAs(opened.project(), opened.extras(), elsewhere);
        assertThat(ProjectFiles.load(elsewhere).outsideMedia()).isEmpty();
        Path out = dir.resolve("out.mp4");
        assertThat(CutroomCommand.commandLine().execute("render", elsewhere.toString(), "-o", out.toString(), "--to", "5", "--quality", "LOW")).isZero();

        Path climbing = dir.resolve("projects/climbing.cutroom");
        String media = dir.resolve("media").toString();
        Files.writeString(climbing, Files.readString(elsewhere).replace(media + "/", "../media/"));
        assertThat(ProjectFiles.load(climbing).outsideMedia()).isNotEmpty().allSatisfy(s -> assertThat(s).contains("../media/"));

        Path refused = dir.resolve("refused.mp4");
        StringWriter err = new StringWriter();
        var cli = CutroomCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("render", climbing.toString(), "-o", refused.toString(), "--to", "5", "--quality", "LOW")).isEqualTo(1);
        assertThat(err.toString()).contains("outside its folder").contains("--allow-outside");
        assertThat(refused).doesNotExist();

        assertThat(CutroomCommand.commandLine().execute("render", climbing.toString(), "-o", refused.toString(), "--to", "5", "--quality", "LOW",
                "--allow-outside")).isZero();
        assertThat(refused).exists();

        // A plugin would read the same media: refused too, and the project file stays as it was.
        byte[] before = Files.readAllBytes(climbing);
        String clip = ProjectFiles.load(climbing).project().timeline().tracks().getFirst().clips().getFirst().id();
        StringWriter pluginErr = new StringWriter();
        var plugin = CutroomCommand.commandLine();
        plugin.setErr(new PrintWriter(pluginErr, true));
        assertThat(plugin.execute("plugin", "run", "dev.cutroom.example.shotcut", "--project", climbing.toString(), "--clip", clip, "--in-process"))
                .isEqualTo(1);
        assertThat(pluginErr.toString()).contains("outside its folder").contains("--allow-outside");
        assertThat(Files.readAllBytes(climbing)).isEqualTo(before);
    }

    @Test
    void aLinkInsideTheProjectFolderToFootageElsewhereIsJudgedByWhereItLeads() throws Exception {
        Path demo = DemoProject.create(dir.resolve("linked"));
        var opened = ProjectFiles.load(demo);
        Path media = dev.cutroom.timeline.io.MediaPaths.mediaFile(demo, opened.project().media().getFirst());
        Path moved = Files.createDirectories(dir.resolve("elsewhere")).resolve(media.getFileName());
        Files.move(media, moved);
        Files.createSymbolicLink(media, moved);
        assertThat(ProjectFiles.load(demo).outsideMedia()).singleElement().satisfies(s -> assertThat(s).contains(moved.toString()).contains("link"));

        StringWriter err = new StringWriter();
        var cli = CutroomCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        Path out = dir.resolve("linked.mp4");
        assertThat(cli.execute("render", demo.toString(), "-o", out.toString(), "--to", "1", "--quality", "LOW")).isEqualTo(1);
        assertThat(err.toString()).contains("outside its folder").contains("--allow-outside");
        assertThat(out).doesNotExist();
    }
}
