package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.PluginDescriptor;
import java.util.Optional;
import java.util.Set;

/** Decides whether a described plugin may run in this host, and says why not. */
final class CompatibilityCheck {
    private final ApiVersion hostApi;

    CompatibilityCheck(ApiVersion hostApi) {
        this.hostApi = hostApi;
    }

    /** The first reason the plugin cannot run, or empty. */
    Optional<String> refusal(PluginDescriptor descriptor, Set<String> registeredEntryPoints) {
        Optional<String> api = hostApi.refusalFor(descriptor.apiVersion());
        if (api.isPresent()) return api;
        if (!registeredEntryPoints.contains(descriptor.entryPoint())) {
            return Optional.of("entry point " + descriptor.entryPoint() + " is not registered in " + ServiceRegistrations.RESOURCE);
        }
        return Optional.empty();
    }
}
