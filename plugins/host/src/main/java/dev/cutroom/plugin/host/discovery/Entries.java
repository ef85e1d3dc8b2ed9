package dev.cutroom.plugin.host.discovery;

/** Turns a parsed descriptor into a registry entry, loadable or refused. */
final class Entries {
    private Entries() {}

    static PluginEntry of(DescriptorReader.Parsed parsed, PluginOrigin origin, ServiceRegistrations registered, CompatibilityCheck check) {
        if (parsed.descriptor() == null) {
            return new PluginEntry(parsed.id(), parsed.version(), parsed.apiVersion(), origin, null, parsed.error());
        }
        return check.refusal(parsed.descriptor(), registered)
                .map(reason -> PluginEntry.refused(parsed.descriptor(), origin, reason))
                .orElseGet(() -> PluginEntry.loadable(parsed.descriptor(), origin));
    }
}
