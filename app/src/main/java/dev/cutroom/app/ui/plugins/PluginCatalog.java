package dev.cutroom.app.ui.plugins;

import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.SelectionKind;
import dev.cutroom.plugin.host.discovery.PluginEntry;
import dev.cutroom.plugin.host.discovery.PluginFolders;
import dev.cutroom.plugin.host.discovery.PluginRegistry;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The discovered plugins as the editor lists them: a "Plugins" menu entry per plugin (refused ones disabled,
 * the reason as tooltip) and the rows of the "Plugins…" dialog. Immutable; any thread.
 */
public final class PluginCatalog {
    private final PluginRegistry registry;
    private final Path folder;
    private final List<Row> rows;

    public PluginCatalog(PluginRegistry registry, Path folder) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.folder = folder;
        this.rows = registry.list().stream().map(Row::of)
                .sorted(Comparator.comparing((Row r) -> !r.loadable()).thenComparing(r -> r.name().toLowerCase())).toList();
    }

    /** Discovers the class path and the plugins folder ({@code ~/.cutroom/plugins} or {@code -Dcutroom.plugins}). Reads jars: not on the FX thread. */
    public static PluginCatalog discover() {
        Path folder = PluginFolders.defaultFolder();
        return new PluginCatalog(PluginRegistry.discover(folder), folder);
    }

    public PluginRegistry registry() { return registry; }

    /** The plugins folder looked in, or null. */
    public Path folder() { return folder; }

    /** Loadable plugins first, then refused ones, each by name. */
    public List<Row> rows() { return rows; }

    public Row row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no plugin " + id));
    }

    /**
     * One plugin.
     *
     * @param menuText text of its menu entry ("Detect shot cuts…")
     * @param tooltip  its description, or for a refused plugin why it cannot run
     * @param refusal  why it cannot run, or null
     */
    public record Row(String id, String name, String version, String apiVersion, String origin, String menuText,
                      String tooltip, String refusal, PluginDescriptor descriptor) {
        static Row of(PluginEntry e) {
            PluginDescriptor d = e.descriptor();
            String name = d == null ? e.id() : d.name();
            String tooltip = e.isLoadable() ? (d.description().isBlank() ? d.id() + " " + d.version() : d.description())
                    : "Cannot run: " + e.refusal();
            return new Row(e.id(), name, e.version(), e.apiVersion(), e.origin().toString(),
                    e.isLoadable() ? name + "…" : name + " (refused)", tooltip, e.refusal(), d);
        }

        public boolean loadable() { return refusal == null; }

        /** Whether this plugin can run on {@code clipCount} selected clips; if not, why ("" when it can). */
        public String whyNot(int clipCount) {
            if (!loadable()) return "Cannot run: " + refusal;
            if (clipCount == 0) return "Select one or more clips first";
            boolean clips = descriptor.accepts().contains(SelectionKind.VIDEO_CLIP) || descriptor.accepts().contains(SelectionKind.AUDIO_CLIP);
            if (!clips) return name + " does not work on clips";
            if (clipCount > 1 && !descriptor.accepts().contains(SelectionKind.MULTIPLE_CLIPS)) return name + " works on one clip at a time";
            return "";
        }
    }
}
