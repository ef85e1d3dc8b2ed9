package dev.cutroom.app.drill;

import dev.cutroom.app.cli.CutroomCommand;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.model.Project;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Project files in awkward places, through the real command line: a project opened through a symbolic link is
 * saved into its real file (the link stays); a folder named {@code NAME.bak} and a read-only project file are
 * refused with one clear line, leaving the project and no temp file; {@code render -o} onto the project file is
 * refused even with {@code --force}; a FIFO and {@code /dev/zero} as the project give one line at once.
 */
final class FileGuardsDrill implements Drill {
    static final List<String> CASES = List.of("symlinked project", "NAME.bak is a folder", "read-only project", "render onto the project",
            "FIFO as project", "/dev/zero as project");

    @Override public String name() { return "file-guards"; }

    @Override public String description() { return "symlinked project, .bak folder, read-only file, render onto the project, FIFO and /dev/zero"; }

    @Override public int defaultTrials() { return CASES.size(); }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        DrillResult.Tally tally = new DrillResult.Tally(name());
        for (int t = 0; t < trials; t++) {
            Path dir = Files.createDirectories(work.resolve("case-" + t));
            String kase = CASES.get(t % CASES.size());
            String failure = switch (t % CASES.size()) {
                case 0 -> symlinked(dir);
                case 1 -> backupFolder(dir);
                case 2 -> readOnly(dir);
                case 3 -> renderOntoProject(dir);
                case 4 -> fifo(dir);
                default -> special(Path.of("/dev/zero"));
            };
            tally.record(failure == null ? null : kase + ": " + failure);
        }
        return tally.result();
    }

    private record Run(int code, String err) {}

    /** Runs {@code cutroom ARGS} in this JVM; a command that does not return in 20 s is a failure (a hang). */
    private static Run cli(String... args) throws Exception {
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> code = CompletableFuture.supplyAsync(() -> {
            CommandLine cl = CutroomCommand.commandLine();
            cl.setErr(new PrintWriter(err, true));
            cl.setOut(new PrintWriter(new StringWriter(), true));
            return cl.execute(args);
        });
        try {
            return new Run(code.get(20, TimeUnit.SECONDS), err.toString().strip());
        } catch (java.util.concurrent.TimeoutException e) {
            return new Run(Integer.MIN_VALUE, "did not return within 20 s: " + Arrays.toString(args));
        }
    }

    private static Path project(Path dir) throws Exception {
        Path file = dir.resolve("cut.cutroom");
        new ProjectStore().save(DrillProjects.small(), file);
        return file;
    }

    private static String lastClip(Path file) throws Exception {
        return new ProjectStore().load(file).project().timeline().tracks().getFirst().clips().getLast().id();
    }

    private static String[] edit(Path file, String clip) {
        return new String[] {"edit", file.toString(), "volume", "--clip", clip, "--volume", "0.125", "--unlinked"};
    }

    private static String symlinked(Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path file = project(real);
        Path link = Files.createSymbolicLink(dir.resolve("link.cutroom"), file);
        String clip = lastClip(file);
        Run r = cli(edit(link, clip));
        if (r.code != 0) return "the edit through the link failed: " + r.err;
        if (!Files.isSymbolicLink(link)) return "the link was replaced by a plain file";
        Project p = new ProjectStore().load(file).project();
        boolean edited = p.timeline().tracks().getFirst().clips().getLast().volume() == 0.125;
        if (!edited) return "the real project did not get the edit";
        if (!Files.exists(real.resolve("cut.cutroom.bak")) || Files.exists(dir.resolve("link.cutroom.bak"))) return "the .bak is not beside the real file";
        return null;
    }

    private static String backupFolder(Path dir) throws Exception {
        Path file = project(dir);
        Files.createDirectories(dir.resolve("cut.cutroom.bak"));
        byte[] before = Files.readAllBytes(file);
        return refusedUnchanged(dir, file, before, cli(edit(file, lastClip(file))), "that is a folder");
    }

    private static String readOnly(Path dir) throws Exception {
        Path file = project(dir);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(file);
        return refusedUnchanged(dir, file, before, cli(edit(file, lastClip(file))), "read-only");
    }

    private static String renderOntoProject(Path dir) throws Exception {
        Path file = project(dir);
        byte[] before = Files.readAllBytes(file);
        return refusedUnchanged(dir, file, before, cli("render", file.toString(), "-o", file.toString(), "--force"), "which is the project file itself");
    }

    /** Exit 1 with one line containing {@code expected}; the project file unchanged; no temp file left. */
    private static String refusedUnchanged(Path dir, Path file, byte[] before, Run r, String expected) throws Exception {
        if (r.code != 1 || r.err.lines().count() != 1 || !r.err.contains(expected)) return "expected one line with \"" + expected + "\", got exit " + r.code + ": " + r.err;
        if (!Arrays.equals(before, Files.readAllBytes(file))) return "the project file changed";
        try (Stream<Path> s = Files.list(dir)) {
            if (s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"))) return "a temp file was left behind";
        }
        return null;
    }

    private static String fifo(Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.cutroom");
        if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() != 0) return "mkfifo failed";
        return special(fifo);
    }

    private static String special(Path file) throws Exception {
        Run r = cli("project", "info", file.toString());
        if (r.code == 1 && r.err.lines().count() == 1 && r.err.contains("not a regular file")) return null;
        return "expected one line saying it is not a regular file, got exit " + r.code + ": " + r.err;
    }
}
