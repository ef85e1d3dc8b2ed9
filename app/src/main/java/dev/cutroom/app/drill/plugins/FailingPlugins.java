package dev.cutroom.app.drill.plugins;

/**
 * Plugins that fail on purpose, for {@code cutroom drill}: each is put in a jar in a scratch plugins folder and run
 * out of process through the host's job runner.
 */
public final class FailingPlugins {
    private FailingPlugins() {}

    /** Plugin id → entry point class. */
    public static final java.util.Map<String, Class<?>> ALL = java.util.Map.of(
            "drill.throws", ThrowingPlugin.class,
            "drill.oom", MemoryHogPlugin.class,
            "drill.crash", CrashPlugin.class,
            "drill.hang", HangPlugin.class);
}
