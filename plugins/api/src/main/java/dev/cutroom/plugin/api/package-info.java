/**
 * The Cutroom plugin API, version {@value dev.cutroom.plugin.api.ApiVersion#CURRENT_TEXT}.
 *
 * <p>A plugin is a jar holding a descriptor ({@code META-INF/cutroom/plugin.json}, read by the host
 * without running any plugin code, see {@link dev.cutroom.plugin.api.PluginDescriptor}) and an
 * implementation of {@link dev.cutroom.plugin.api.Plugin} registered for {@link java.util.ServiceLoader}
 * in {@code META-INF/services/dev.cutroom.plugin.api.Plugin}. This package depends on the JDK only.
 *
 * <h2>Compatibility promise</h2>
 * The API is versioned {@code major.minor}. A plugin built against 1.x loads in every 1.y host with
 * {@code y >= x}: minor versions only add (new optional types, default methods, descriptor fields that
 * older hosts ignore). A plugin whose major version differs from the host's, or that needs a newer minor
 * than the host offers, is refused at discovery with a reason naming both versions; it is never run.
 * Extensions are named by versioned feature ids such as {@code cutroom.upscale/1}; a changed meaning
 * gets a new number instead of changing the old one.
 *
 * <h2>Threads</h2>
 * The host calls {@link dev.cutroom.plugin.api.Plugin#run} on a job thread it owns, never on the UI
 * thread, and never twice at once on the same instance. {@link dev.cutroom.plugin.api.JobContext}'s
 * progress, log and cancellation methods are safe from any thread; media readers, writers and inference
 * sessions belong to the thread that opened them. Every method states who may call it.
 *
 * <h2>Isolation</h2>
 * By default the host runs each job in a separate worker JVM: a plugin that throws, runs out of memory,
 * crashes or hangs fails its job and nothing else. Plugins must therefore not rely on shared static state
 * with the editor, and must write outputs only through {@link dev.cutroom.plugin.api.JobContext#newOutputFile}.
 */
package dev.cutroom.plugin.api;
