package dev.cutroom.app.drill;

import dev.cutroom.app.DemoProject;
import dev.cutroom.app.cli.ProjectFiles;
import dev.cutroom.engine.render.Exporter;
import dev.cutroom.timeline.io.ProjectFileException;
import dev.cutroom.timeline.io.ProjectStore;
import dev.cutroom.timeline.io.bench.FileBench;
import dev.cutroom.timeline.model.Project;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A full disk: a 1 MB tmpfs is mounted on a scratch folder (needs root and a kernel that lets us; otherwise the
 * drill is skipped and says why). A small project is saved there, then a 10,000-clip project (larger than the
 * disk) is saved over it: the save must fail with a clear error and the small save (and its .bak) must be intact,
 * with no temp file left. Then the disk is filled to the last byte and an export into it must fail with a clear
 * error leaving no file under the target name and no .part file (every other trial leaves 48 KB free, so the
 * export starts and fails part way). Each trial mounts a fresh tmpfs.
 */
final class FullDiskDrill implements Drill {
    @Override public String name() { return "full-disk"; }

    @Override public String description() { return "save and export onto a full 1 MB tmpfs"; }

    @Override public int defaultTrials() { return 5; }

    @Override
    public DrillResult run(int trials, Path work) throws Exception {
        String why = cannotMount(work);
        if (why != null) return DrillResult.skipped(name(), why);
        DrillResult.Tally tally = new DrillResult.Tally(name());
        Path projectFile = DemoProject.create(work.resolve("demo"));
        ProjectFiles.Opened demo = ProjectFiles.load(projectFile);
        Project big = FileBench.tenThousandClips();
        Project small = DrillProjects.small();
        for (int t = 0; t < trials; t++) {
            Path disk = Files.createDirectories(work.resolve("disk-" + (t % 2 == 0 ? "full-" : "nearly-full-") + t));
            mount(disk);
            try {
                tally.record(trial(disk, small, big, demo, t < 2 ? tally : null));
            } finally {
                umount(disk);
            }
        }
        return tally.result();
    }

    /** @param notes where to note the errors the user sees, or null */
    private static String trial(Path disk, Project small, Project big, ProjectFiles.Opened demo, DrillResult.Tally notes) throws Exception {
        ProjectStore store = new ProjectStore();
        Path file = disk.resolve("p.cutroom");
        store.save(small, file);
        store.save(small, file);
        try {
            store.save(big, file);
            return "a " + FileBench.CLIPS + "-clip save onto a 1 MB disk did not fail";
        } catch (ProjectFileException e) {
            String m = e.getMessage();
            if (notes != null) notes.note("save error: " + m);
            if (!m.contains(file.toString()) || !m.contains("No space left on device") && !m.contains("previous file is unchanged")) {
                return "unclear save error: " + m;
            }
        }
        if (!store.load(file).project().equals(small)) return "after the failed save the project file is not the previous save";
        if (!store.load(ProjectStore.backupFile(file)).project().equals(small)) return "after the failed save the .bak is not the previous save";
        List<String> temps = Files2.hiddenTemps(disk, file.getFileName().toString());
        if (!temps.isEmpty()) return "the failed save left temp files: " + temps;

        // even trials: not a byte left (the encoder fails at the header); odd ones: 48 KB left (it fails mid-file)
        fill(disk.resolve("filler"), disk.getFileName().toString().startsWith("disk-full") ? 0 : 48 * 1024);
        Path target = disk.resolve("cut.mp4");
        try {
            new Exporter(demo.resolver()).export(demo.project(), target, ExportKillDrill.settings(), null, null);
            long size = Files.size(target);
            String probe = ExportKillDrill.checkTarget(target);
            return "an export onto a full disk did not fail (" + (probe == null ? "it is complete" : probe) + "; " + size + " bytes, "
                    + Files.getFileStore(disk).getUsableSpace() + " bytes free after)";
        } catch (RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            if (notes != null) notes.note("export error: " + m);
            if (!m.startsWith(target.toString()) || !m.contains("disk is full")) return "unclear export error: " + e;
        }
        if (Files.exists(target)) return "the failed export left a file under the target name";
        List<String> parts = Files2.hiddenTemps(disk, target.getFileName().toString());
        if (!parts.isEmpty()) return "the failed export left temp files: " + parts;
        if (!store.load(file).project().equals(small)) return "the failed export damaged the project file";
        return null;
    }

    private static void fill(Path filler, long leave) throws IOException {
        byte[] block = new byte[4096];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) out.write(block);
        } catch (IOException full) {
            // the disk is full
        }
        try (OutputStream out = Files.newOutputStream(filler.resolveSibling("filler-bytes"))) {
            while (true) out.write(0);
        } catch (IOException full) {
            // to the last byte
        }
        if (leave > 0) {
            try (var c = java.nio.channels.FileChannel.open(filler, java.nio.file.StandardOpenOption.WRITE)) {
                c.truncate(Math.max(0, c.size() - leave));
            }
        }
    }

    /** Why the drill cannot run here, or null. */
    static String cannotMount(Path work) throws Exception {
        if (!System.getProperty("os.name").toLowerCase().contains("linux")) return "needs Linux (tmpfs)";
        if (!"root".equals(System.getProperty("user.name"))) return "needs root to mount a tmpfs (running as " + System.getProperty("user.name") + ")";
        Path probe = Files.createDirectories(work.resolve("probe"));
        try {
            mount(probe);
        } catch (IOException e) {
            return "cannot mount a tmpfs: " + e.getMessage();
        }
        umount(probe);
        return null;
    }

    private static void mount(Path dir) throws IOException, InterruptedException {
        exec("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", dir.toString());
    }

    private static void umount(Path dir) throws IOException, InterruptedException {
        exec("umount", dir.toString());
    }

    private static void exec(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).strip();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed: " + out);
    }
}
