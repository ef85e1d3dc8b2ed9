package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.cutroom.plugin.api.ApiVersion;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginFolders;
import dev.cutroom.plugin.host.discovery.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** {@code cutroom plugins list}: every plugin found on the class path and in the plugins folder. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List installed plugins (class path, then the plugins folder: -Dcutroom.plugins=DIR or ~/.cutroom/plugins).",
        subcommands = PluginsCommand.ListCommand.class)
final class PluginsCommand implements Runnable {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void run() {
        new ListCommand().run();
    }

    /** The registry the command line uses: the class path and the configured plugins folder. */
    static PluginRegistry registry() {
        return PluginRegistry.discover(PluginFolders.defaultFolder());
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List plugins: id, version, API version, origin, and why a refused one cannot run.")
    static final class ListCommand implements Runnable {
        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public void run() {
            PluginRegistry registry = registry();
            Path folder = PluginFolders.defaultFolder();
            if (json) {
                var root = JSON.createObjectNode();
                root.put("hostApiVersion", ApiVersion.CURRENT.toString());
                root.put("pluginsFolder", folder.toString());
                ArrayNode list = root.putArray("plugins");
                for (PluginEntry e : registry.list()) {
                    var n = list.addObject();
                    n.put("id", e.id()).put("version", e.version()).put("apiVersion", e.apiVersion())
                            .put("name", e.descriptor() == null ? e.id() : e.descriptor().name())
                            .put("origin", e.origin().toString()).put("loadable", e.isLoadable());
                    if (!e.isLoadable()) n.put("refusal", e.refusal());
                }
                System.out.println(root.toPrettyString());
                return;
            }
            System.out.printf("Host plugin API %s; plugins folder %s%n", ApiVersion.CURRENT, folder);
            if (registry.list().isEmpty()) {
                System.out.println("No plugins found.");
                return;
            }
            System.out.printf("%-34s %-10s %-5s %s%n", "ID", "VERSION", "API", "ORIGIN");
            for (PluginEntry e : registry.list()) {
                // ids, versions and refusals quote the plugin's own files: escaped like every name from outside
                System.out.printf("%-34s %-10s %-5s %s%n", TerminalText.safe(e.id()), TerminalText.safe(e.version()), e.apiVersion(), e.origin());
                if (!e.isLoadable()) System.out.println("    REFUSED: " + TerminalText.safe(e.refusal()));
            }
        }
    }
}
