package dev.cutroom.plugin.host.exec;

import dev.cutroom.plugin.api.Extension;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.ext.EstimateExtension;
import dev.cutroom.plugin.api.ext.PlanPreviewExtension;
import dev.cutroom.plugin.host.context.HostJobContext;
import dev.cutroom.plugin.host.context.JobEnvironment;
import dev.cutroom.plugin.host.discovery.PluginInstantiator;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Instantiates a plugin and calls {@link Plugin#run} (or, for a job asking one of its extensions, that extension)
 * on the current thread; shared by the in-process
 * executor and the worker so both modes run plugins identically.
 */
public final class PluginInvocation {
    private PluginInvocation() {}

    /**
     * @return the plugin's result with every model it opened added to the provenance
     * @throws Exception whatever the plugin threw
     */
    public static JobResult run(PluginInstantiator instantiator, JobEnvironment environment, ExecutionRequest request,
                                ExecutionListener listener, BooleanSupplier cancelled) throws Exception {
        var entry = request.plugin();
        ClassLoader loader = instantiator.loaderFor(entry.origin());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader); // libraries that look up services by context loader find the plugin's
        try {
            Plugin plugin = instantiator.instantiate(entry.origin(), entry.descriptor().entryPoint());
            HostJobContext context = environment.contextFor(request, listener, cancelled);
            JobResult result = switch (request.job().purpose()) {
                case RUN -> plugin.run(request.job(), context);
                case ESTIMATE -> EstimateAnswer.toResult(extension(plugin, EstimateExtension.EXTENSION, entry.id()).estimate(request.job(), context));
                case PREVIEW_PLAN, APPLY_PLAN -> throw new UnsupportedOperationException(
                        "this Cutroom does not run plan previews of plugins yet (" + PlanPreviewExtension.EXTENSION.feature() + ")");
            };
            if (result == null) throw new IllegalStateException(entry.id() + " returned no result");
            var provenance = result.provenance().plus(context.modelAccess().used(), Map.of());
            return new JobResult(result.outputs(), provenance, result.summary());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static <T> T extension(Plugin plugin, Extension<T> extension, String pluginId) {
        T found = plugin.extension(extension);
        if (found == null) throw new IllegalStateException(pluginId + " declares " + extension.feature() + " but its extension() returns nothing for it");
        return found;
    }
}
