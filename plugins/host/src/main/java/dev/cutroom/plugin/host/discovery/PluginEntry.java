package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.PluginDescriptor;
import java.util.Optional;

/**
 * One plugin as discovered: what it declares, where it came from, and whether it may run.
 *
 * @param id         the declared id (or the jar's file name when the descriptor is unreadable)
 * @param version    declared version, or "" when unknown
 * @param apiVersion declared API version as written, or "" when unknown
 * @param origin     class path or jar
 * @param descriptor the parsed descriptor, or null when it could not be read
 * @param refusal    why it cannot run, or null when it can
 */
public record PluginEntry(String id, String version, String apiVersion, PluginOrigin origin,
                          PluginDescriptor descriptor, String refusal) {

    static PluginEntry loadable(PluginDescriptor d, PluginOrigin origin) {
        return new PluginEntry(d.id(), d.version(), d.apiVersion().toString(), origin, d, null);
    }

    static PluginEntry refused(PluginDescriptor d, PluginOrigin origin, String reason) {
        return new PluginEntry(d.id(), d.version(), d.apiVersion().toString(), origin, d, reason);
    }

    public boolean isLoadable() {
        return refusal == null;
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusal);
    }
}
