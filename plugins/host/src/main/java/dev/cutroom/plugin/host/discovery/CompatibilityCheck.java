package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.api.PluginDescriptor;
import java.util.Optional;

/** Decides whether a described plugin may run in this host, and says why not. */
final class CompatibilityCheck {
    private final ApiVersion hostApi;

    CompatibilityCheck(ApiVersion hostApi) {
        this.hostApi = hostApi;
    }

    /**
     * The first reason the plugin cannot run, or empty: its API version, an entry point that the services file
     * does not register, or a registered name with no class file (which would fail only at run time).
     */
    Optional<String> refusal(PluginDescriptor descriptor, ServiceRegistrations registered) {
        Optional<String> api = hostApi.refusalFor(descriptor.apiVersion());
        if (api.isPresent()) return api;
        String entry = descriptor.entryPoint();
        if (!registered.names().contains(entry)) {
            return Optional.of("entry point " + entry + " is not registered in " + ServiceRegistrations.RESOURCE + registered.listing());
        }
        if (!registered.hasClassFile().test(entry)) {
            return Optional.of("entry point " + entry + " has no class file (" + ServiceRegistrations.classFile(entry) + ")" + registered.listing());
        }
        return Optional.empty();
    }
}
