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
 * The render guard on its own: a project saved in a sub folder of its media stores absolute paths outside its
 * folder; {@code render} refuses it, naming the media, and renders it with {@code --allow-outside}.
 */
class OutsideMediaTest {
    @TempDir
    Path dir;

    @Test
    void renderRefusesMediaOutsideTheProjectFolderUnlessAllowed() throws Exception {
        Path demo = DemoProject.create(dir.resolve("media"));
        Path elsewhere = Files.createDirectories(dir.resolve("projects")).resolve("cut.cutroom");
        ProjectFiles.Opened opened = ProjectFiles.load(demo);
        new ProjectStore().saveAs(opened.project(), opened.extras(), elsewhere);
        assertThat(ProjectFiles.load(demo).outsideMedia()).isEmpty();
        assertThat(ProjectFiles.load(elsewhere).outsideMedia()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).contains(dir.resolve("media").toString()));

        Path out = dir.resolve("out.mp4");
        StringWriter err = new StringWriter();
        var cli = CutroomCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("render", elsewhere.toString(), "-o", out.toString(), "--to", "5", "--quality", "LOW")).isEqualTo(1);
        assertThat(err.toString()).contains("outside its folder").contains("--allow-outside");
        assertThat(out).doesNotExist();

        assertThat(CutroomCommand.commandLine().execute("render", elsewhere.toString(), "-o", out.toString(), "--to", "5", "--quality", "LOW",
                "--allow-outside")).isZero();
        assertThat(out).exists();
    }
}
