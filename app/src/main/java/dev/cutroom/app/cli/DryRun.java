package dev.cutroom.app.cli;

import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterType;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.host.result.CommitReceipt;
import dev.cutroom.plugin.host.result.ResultCommitter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code plugin run --dry-run}: the plugin runs with its {@value #PLAN_ONLY} parameter set, so it only reports
 * what it would do. Only plugins that declare that parameter (a boolean) have a dry run. Nothing reaches the
 * project: the committer refuses a result that has outputs anyway, and the caller does not save.
 */
final class DryRun {
    /** The parameter a plugin declares to offer a dry run. */
    static final String PLAN_ONLY = "planOnly";

    /** Commits nothing; a dry-run result with outputs is a plugin bug and fails the job, so its files are removed. */
    static final ResultCommitter COMMITTER = job -> {
        if (!job.result().outputs().isEmpty()) {
            throw new IllegalStateException("plugin " + job.plugin().id() + " returned " + job.result().outputs().size()
                    + " output(s) in a dry run; nothing was applied");
        }
        return new CommitReceipt("Dry run", List.of());
    };

    private DryRun() {}

    /** @throws IllegalArgumentException when the plugin declares no boolean {@value #PLAN_ONLY} parameter */
    static void requireSupported(PluginDescriptor plugin) {
        boolean declared = plugin.parameter(PLAN_ONLY).map(ParameterSpec::type).filter(t -> t == ParameterType.BOOLEAN).isPresent();
        if (!declared) {
            throw new IllegalArgumentException("plugin " + plugin.id() + " has no dry run (it declares no boolean '" + PLAN_ONLY
                    + "' parameter); run it without --dry-run");
        }
    }

    /** The user's parameters with {@value #PLAN_ONLY} on; refused when the user turned it off explicitly. */
    static Map<String, String> parameters(Map<String, String> given) {
        String value = given.get(PLAN_ONLY);
        if (value != null && !value.equalsIgnoreCase("true")) {
            throw new IllegalArgumentException("--dry-run sets " + PLAN_ONLY + "=true; drop --param " + PLAN_ONLY + "=" + value);
        }
        Map<String, String> out = new LinkedHashMap<>(given);
        out.put(PLAN_ONLY, "true");
        return out;
    }
}
