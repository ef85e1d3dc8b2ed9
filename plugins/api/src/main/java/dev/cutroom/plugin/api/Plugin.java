package dev.cutroom.plugin.api;

/**
 * The entry point of a plugin, found through {@link java.util.ServiceLoader} (list the class in
 * {@code META-INF/services/dev.cutroom.plugin.api.Plugin} and name it as {@code entryPoint} in the
 * descriptor). Needs a public no-argument constructor. The host creates a fresh instance per job, after
 * the descriptor has been checked; static initialisers must not do heavy work.
 */
public interface Plugin {

    /**
     * Does the work. Called once per instance by the host on a job thread (a worker JVM by default), never
     * on the UI thread. Long work should call {@link JobContext#progress} now and then and stop soon after
     * {@link JobContext#isCancelled()} turns true (by throwing {@link JobCancelledException} or returning).
     * Write outputs only to files from {@link JobContext#newOutputFile}: the host deletes them when the job
     * fails or is cancelled, and checks them (they exist, decode, fit the input range) before the editor
     * sees them.
     *
     * @return what was made and where it goes
     * @throws Exception any failure; the job fails with its message, and the editor stays as it was
     */
    JobResult run(Job job, JobContext context) throws Exception;

    /**
     * This plugin's implementation of an extension it declares in its descriptor's {@code features}, or null (the
     * default: none). The host calls it on the job thread, on the fresh instance of a job whose
     * {@linkplain Job#purpose() purpose} asks for that extension, instead of {@link #run}. A plugin usually
     * implements the extension's interface itself and returns {@code this}:
     *
     * <pre>{@code
     * public <T> T extension(Extension<T> extension) {
     *     return extension.equals(EstimateExtension.EXTENSION) ? extension.type().cast(this) : null;
     * }
     * }</pre>
     *
     * Since API 1.2.
     */
    default <T> T extension(Extension<T> extension) {
        return null;
    }
}
