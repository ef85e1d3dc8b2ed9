package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobPurpose;
import dev.cutroom.plugin.api.ext.Estimate;
import dev.cutroom.plugin.host.exec.EstimateAnswer;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import dev.cutroom.plugin.host.exec.ExecutionMode;
import dev.cutroom.plugin.host.exec.JobFailedException;
import dev.cutroom.plugin.host.job.JobHandle;
import dev.cutroom.plugin.host.job.JobListener;
import dev.cutroom.plugin.host.job.JobProgress;
import dev.cutroom.plugin.host.job.JobRunner;
import dev.cutroom.plugin.host.job.LogLine;
import dev.cutroom.plugin.host.project.JobRequests;
import dev.cutroom.plugin.host.project.ProjectFileSlot;
import dev.cutroom.plugin.host.project.ProjectSlot;
import dev.cutroom.plugin.host.project.TimelineCommitter;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.CompletedJob;
import dev.cutroom.timeline.model.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** {@code cutroom plugin describe|run}: one plugin's descriptor, or a headless job on a project. */
@Command(name = "plugin", mixinStandardHelpOptions = true, description = "Describe a plugin or run it on clips of a project.",
        subcommands = {PluginCommand.Describe.class, PluginCommand.Run.class})
final class PluginCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "describe", mixinStandardHelpOptions = true, description = "Show a plugin's descriptor, parameters included.")
    static final class Describe implements Runnable {
        @Parameters(index = "0", paramLabel = "ID", description = "Plugin id, e.g. dev.cutroom.example.shotcut.")
        String id;

        @Option(names = "--json", description = "Print JSON instead of text.")
        boolean json;

        @Override
        public void run() {
            PluginRegistry registry = PluginsCommand.registry();
            PluginEntry entry = registry.list().stream().filter(e -> e.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no plugin with id " + id + " (see 'cutroom plugins list')"));
            PluginDescriptor d = entry.descriptor();
            if (d == null) throw new IllegalArgumentException("plugin " + id + " cannot be read: " + entry.refusal());
            if (json) {
                ObjectNode n = describe(d);
                n.put("origin", entry.origin().toString());
                n.put("loadable", entry.isLoadable());
                if (!entry.isLoadable()) n.put("refusal", entry.refusal());
                System.out.println(n.toPrettyString());
                return;
            }
            System.out.printf("%s %s (%s)%n", TerminalText.safe(d.name()), TerminalText.safe(d.version()), TerminalText.safe(d.id()));
            if (!d.description().isBlank()) System.out.println(TerminalText.safe(d.description()));
            System.out.printf("Plugin API %s; from %s%s%n", d.apiVersion(), entry.origin(), entry.isLoadable() ? "" : "; REFUSED: " + entry.refusal());
            System.out.println("Accepts: " + d.accepts().stream().map(Enum::name).sorted().toList()
                    + (d.takesInstruction() ? "; takes a text instruction (--instruction)" : ""));
            if (!d.features().isEmpty()) System.out.println("Features: " + d.features());
            System.out.println("Models: " + (d.models().isEmpty() ? "none" : String.join(", ", d.models())));
            System.out.println(d.parameters().isEmpty() ? "Parameters: none" : "Parameters (--param ID=VALUE):");
            for (ParameterSpec p : d.parameters()) {
                String range = p.min() != null || p.max() != null ? " " + num(p.min()) + ".." + num(p.max()) : "";
                String choices = p.choices().isEmpty() ? "" : " one of " + p.choices();
                System.out.printf(Locale.ROOT, "  %-16s %s%s%s, default %s%s  %s%s%n", p.id(), p.type().name().toLowerCase(Locale.ROOT), range, choices,
                        p.defaultValue(), p.unit().isEmpty() ? "" : " " + p.unit(), p.label(), p.description().isEmpty() ? "" : " - " + p.description());
            }
        }

        private static String num(Double v) {
            if (v == null) return "";
            return v == Math.rint(v) ? Long.toString(v.longValue()) : v.toString();
        }
    }

    static ObjectNode describe(PluginDescriptor d) {
        ObjectNode n = PluginsCommand.JSON.createObjectNode();
        n.put("id", d.id()).put("version", d.version()).put("apiVersion", d.apiVersion().toString()).put("name", d.name())
                .put("description", d.description()).put("entryPoint", d.entryPoint()).put("takesInstruction", d.takesInstruction());
        ArrayNode features = n.putArray("features");
        d.features().forEach(f -> features.add(f.toString()));
        ArrayNode accepts = n.putArray("accepts");
        d.accepts().stream().map(Enum::name).sorted().forEach(accepts::add);
        ArrayNode models = n.putArray("models");
        d.models().forEach(models::add);
        ArrayNode params = n.putArray("parameters");
        for (ParameterSpec p : d.parameters()) {
            ObjectNode pn = params.addObject();
            pn.put("id", p.id()).put("label", p.label()).put("description", p.description()).put("type", p.type().name());
            if (p.min() != null) pn.put("min", p.min());
            if (p.max() != null) pn.put("max", p.max());
            pn.putPOJO("default", p.defaultValue() instanceof Number || p.defaultValue() instanceof Boolean ? p.defaultValue() : String.valueOf(p.defaultValue()));
            pn.put("unit", p.unit()).put("widget", p.widget().name());
            if (!p.choices().isEmpty()) {
                ArrayNode c = pn.putArray("choices");
                p.choices().forEach(c::add);
            }
        }
        return n;
    }

    @Command(name = "run", mixinStandardHelpOptions = true,
            description = {"Run a plugin on clips of a project, headless, and add its result to the project as one edit.",
                    "Runs in a worker JVM by default; Ctrl+C cancels. The project file is saved (atomically) only when the job succeeds.",
                    "Prints a JSON result on standard output: new take and clip ids, retimed and trimmed clips, output files, provenance.",
                    "With --dry-run (plugins with a planOnly parameter) it prints the plan as JSON and changes nothing;",
                    "what was not understood goes to standard error and the exit code is 2.",
                    "Without --dry-run, a partly understood instruction applies the understood steps, prints what was not",
                    "understood on standard error and exits with 3.",
                    "Exit codes: 0 done; 1 error (nothing changed); 2 dry run not fully understood; 3 applied partly."})
    static final class Run implements java.util.concurrent.Callable<Integer> {
        /** Exit code of a dry run whose instruction was not (fully) understood. */
        static final int NOT_UNDERSTOOD = 2;
        /** Exit code of a run that applied the understood part of an instruction and reported the rest. */
        static final int APPLIED_PARTLY = 3;
        /** How long a finished job waits for the project's lock to add its result: longer than a command, the work is done. */
        static final Duration COMMIT_LOCK_WAIT = Duration.ofSeconds(30);

        @Parameters(index = "0", paramLabel = "ID", description = "Plugin id (see 'cutroom plugins list').")
        String id;

        @Option(names = "--project", required = true, paramLabel = "PROJECT", description = "The .cutroom project file.")
        Path project;

        @Option(names = "--clip", required = true, paramLabel = "CLIP_ID", description = "A clip id (repeat for several; see 'cutroom project info').")
        List<String> clips;

        @Option(names = "--param", paramLabel = "KEY=VALUE", description = "A parameter value (repeat); see 'cutroom plugin describe ID'.")
        Map<String, String> params = new LinkedHashMap<>();

        @Option(names = "--instruction", paramLabel = "TEXT", description = "Text instruction, for plugins that take one.")
        String instruction;

        @Option(names = "--in-process", description = "Run in this JVM instead of a worker JVM (debugging; a crash takes the command with it).")
        boolean inProcess;

        @Option(names = "--timeout", paramLabel = "SECONDS", description = "Stop the job after this long (default: ${DEFAULT-VALUE}).", defaultValue = "7200")
        long timeoutSeconds;

        @Option(names = "--allow-outside", description = "Let the plugin read media outside the project folder (../ paths, system folders).")
        boolean allowOutside;

        @Option(names = {"-v", "--verbose"}, description = "Print the job log on standard error.")
        boolean verbose;

        @Option(names = "--dry-run", description = "Only show what the plugin would do (its plan, as JSON); the project is not changed.")
        boolean dryRun;

        @Option(names = "--estimate", description = "Only say how long the job would take (plugins with the cutroom.estimate/1 extension); the project is not changed.")
        boolean estimate;

        @Override
        public Integer call() {
            if (estimate && dryRun) throw new IllegalArgumentException("--estimate and --dry-run cannot be combined");
            ProjectFiles.Opened opened = ProjectFiles.load(project);
            opened.requireConfirmedMedia(allowOutside, "Run the plugin");
            PluginRegistry registry = PluginsCommand.registry();
            PluginEntry plugin = registry.require(id); // a clear message for unknown or refused plugins, before touching anything
            if (dryRun) DryRun.requireSupported(plugin.descriptor());
            Job job = JobRequests.forClips(opened.project(), opened.resolver(), clips, dryRun ? DryRun.parameters(params) : params, instruction);
            if (estimate) job = job.withPurpose(JobPurpose.ESTIMATE); // refused at submit when the plugin has no such extension
            boolean changesNothing = dryRun || estimate;
            // refuse now, not after a long job, when another program (the editor) holds the project
            if (!changesNothing) ProjectFiles.lock(project, "cutroom plugin run").close();
            // the result is applied to the project as it is when the job ends, under its lock (edits saved meanwhile stay)
            ProjectSlot slot = new ProjectFileSlot(opened.file(), "cutroom plugin run " + id, COMMIT_LOCK_WAIT, ProjectFiles::reportKeptAutosave);
            TerminalProgress bar = TerminalProgress.onStderr();
            CompletedJob done;
            try (var interrupt = new CancelOnInterrupt();
                 JobRunner runner = JobRunner.builder(registry)
                         .mode(inProcess ? ExecutionMode.IN_PROCESS : ExecutionMode.OUT_OF_PROCESS)
                         .timeout(Duration.ofSeconds(timeoutSeconds))
                         .workRoot(Path.of(System.getProperty("java.io.tmpdir"), "cutroom-jobs"))
                         .committer(changesNothing ? DryRun.COMMITTER : new TimelineCommitter(slot, opened.resolver()))
                         .build()) {
                JobHandle handle = runner.submit(id, job, new JobListener() {
                    @Override
                    public void onProgress(JobHandle h, JobProgress p) {
                        bar.update(p.fraction(), p.message());
                    }

                    @Override
                    public void onLog(JobHandle h, LogLine line) {
                        if (verbose || line.level() == LogLevel.WARN) System.err.println("[" + line.level() + "] " + TerminalText.safe(line.message()));
                    }
                });
                done = await(handle, interrupt, verbose);
            } finally {
                bar.finish();
            }
            if (dryRun) return printPlan(PlanNotes.of(done.result()));
            if (estimate) {
                Estimate e = EstimateAnswer.fromResult(done.result()).orElseThrow(() -> new IllegalStateException("plugin " + id + " returned no estimate"));
                System.out.printf(java.util.Locale.ROOT, "{ \"seconds\": %.3f, \"frames\": %d, \"device\": %s, \"cpu\": %b }%n", e.seconds(), e.frames(),
                        com.fasterxml.jackson.databind.node.TextNode.valueOf(e.device()).toString(), e.onCpu());
                return 0;
            }
            System.out.println(result(done, opened.file()).toPrettyString());
            PlanNotes notes = PlanNotes.of(done.result());
            notes.problems().forEach(p -> System.err.println("cutroom: not applied: " + p));
            return notes.understood() ? 0 : APPLIED_PARTLY;
        }

        /** The plan on standard output (so it can be piped into a file and edited), problems on standard error. */
        private int printPlan(PlanNotes notes) {
            if (notes.planJson().isBlank()) throw new IllegalStateException("plugin " + id + " reported no plan in its dry run");
            System.out.println(notes.planJson().strip());
            notes.problems().forEach(p -> System.err.println("cutroom: " + p));
            return notes.understood() ? 0 : NOT_UNDERSTOOD;
        }

        /** The job's end; with {@code verbose}, a plugin's own stack trace goes to stderr before the one-line reason. */
        private static CompletedJob await(JobHandle handle, CancelOnInterrupt interrupt, boolean verbose) {
            while (true) {
                try {
                    return handle.result().get(100, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (interrupt.token().isCancelled()) handle.cancel();
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause instanceof JobFailedException f ? f.getMessage() : String.valueOf(cause);
                    if (verbose && cause instanceof JobFailedException f && !f.details().isBlank()) System.err.println(f.details().strip());
                    throw new IllegalStateException(message + "; the project was not changed", cause);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    handle.cancel();
                    throw new IllegalStateException("interrupted; the project was not changed", e);
                }
            }
        }

        static ObjectNode result(CompletedJob done, Path projectFile) {
            ObjectNode n = PluginsCommand.JSON.createObjectNode();
            n.put("plugin", done.plugin().id()).put("version", done.plugin().version()).put("jobId", done.jobId())
                    .put("summary", done.result().summary()).put("project", projectFile.toString())
                    .put("elapsedSeconds", done.elapsed().toMillis() / 1000.0);
            CommitReceipt receipt = done.receipt();
            boolean timed = receipt.items().stream().anyMatch(i -> i.kind() == CommitReceipt.Kind.RETIME || i.kind() == CommitReceipt.Kind.TRIM);
            n.put("edit", receipt.createdIds().isEmpty() && !timed ? null : receipt.editLabel());
            List<String> takeIds = new ArrayList<>();
            List<String> clipIds = new ArrayList<>();
            ArrayNode files = n.putArray("outputFiles");
            ArrayNode sideFiles = n.putArray("sideFiles");
            ArrayNode takes = n.putArray("takes");
            ObjectNode splits = n.putObject("splits");
            ArrayNode timing = n.putArray("timing");
            for (CommitReceipt.Item item : receipt.items()) {
                switch (item.kind()) {
                    case TAKE, CLIP -> {
                        files.add(item.file().toString());
                        ObjectNode t = takes.addObject();
                        t.put("clipId", item.clipId());
                        if (item.kind() == CommitReceipt.Kind.TAKE) {
                            takeIds.add(item.createdIds().getFirst());
                            t.put("takeId", item.createdIds().getFirst());
                        } else {
                            clipIds.add(item.createdIds().getFirst());
                            takeIds.add(item.createdIds().get(1));
                            t.put("takeId", item.createdIds().get(1)).put("newClip", true);
                        }
                        t.put("file", item.file().toString()).put("provenanceFile", String.valueOf(item.provenanceFile()));
                        t.set("provenance", provenance(item.provenance()));
                    }
                    case SPLIT -> {
                        ArrayNode pieces = splits.putArray(item.clipId());
                        item.createdIds().forEach(pieces::add);
                        clipIds.addAll(item.createdIds());
                    }
                    case SIDE_FILE -> sideFiles.add(item.file().toString());
                    case RETIME, TRIM -> {
                        ObjectNode t = timing.addObject();
                        t.put("clipId", item.clipId()).put("edit", item.kind().name().toLowerCase(Locale.ROOT));
                        t.set("provenance", provenance(item.provenance()));
                    }
                }
            }
            ArrayNode newTakes = n.putArray("newTakeIds");
            takeIds.forEach(newTakes::add);
            ArrayNode newClips = n.putArray("newClipIds");
            clipIds.forEach(newClips::add);
            return n;
        }

        private static ObjectNode provenance(Provenance p) {
            ObjectNode n = PluginsCommand.JSON.createObjectNode();
            n.put("pluginId", p.pluginId()).put("pluginVersion", p.pluginVersion()).put("modelId", p.modelId())
                    .put("modelVersion", p.modelVersion()).put("modelSha256", p.modelSha256()).put("instruction", p.instruction())
                    .put("inputMediaSha256", p.inputMediaSha256()).put("createdAt", p.createdAt());
            ObjectNode params = n.putObject("parameters");
            new java.util.TreeMap<>(p.parameters()).forEach(params::put);
            return n;
        }
    }
}
