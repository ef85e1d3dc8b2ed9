package dev.cutroom.app.drill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.app.cli.CutroomCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cutroom drill} prints the table and exits 0 when every trial passed; unknown names are refused. */
class DrillCommandTest {
    @TempDir
    Path work;

    @Test
    void printsATableOfTrialsPassedAndFailed() {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true));
            code = CutroomCommand.commandLine().execute("drill", "--only", "fuzz-project,fuzz-otio", "--trials", "50", "--work", work.toString());
        } finally {
            System.setOut(saved);
        }
        String table = out.toString();
        System.out.println(table);
        assertThat(code).isZero();
        assertThat(table).contains("drill").contains("trials").contains("passed").contains("failed");
        assertThat(table).containsPattern("fuzz-project\\s+50\\s+50\\s+0").containsPattern("fuzz-otio\\s+50\\s+50\\s+0");
    }

    @Test
    void refusesAnUnknownDrill() {
        StringWriter err = new StringWriter();
        var cli = CutroomCommand.commandLine();
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("drill", "--only", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("unknown drill nope").contains("save-kill");
    }
}
