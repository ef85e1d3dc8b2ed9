package dev.cutroom.plugin.host.discovery;

import java.nio.file.Path;

/** Where plugin jars are installed: {@code -Dcutroom.plugins=FOLDER}, or {@code ~/.cutroom/plugins} by default. */
public final class PluginFolders {
    /** System property naming the plugins folder. */
    public static final String PROPERTY = "cutroom.plugins";

    private PluginFolders() {}

    /** The configured plugins folder (it may not exist; then only class-path plugins are found). */
    public static Path defaultFolder() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        return Path.of(System.getProperty("user.home"), ".cutroom", "plugins");
    }
}
