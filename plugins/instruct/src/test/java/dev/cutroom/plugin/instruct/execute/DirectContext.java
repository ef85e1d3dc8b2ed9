package dev.cutroom.plugin.instruct.execute;

import dev.cutroom.models.Models;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.MediaAccess;
import dev.cutroom.plugin.api.ModelAccess;
import dev.cutroom.plugin.host.media.EngineMediaAccess;
import dev.cutroom.plugin.host.model.HostModelAccess;
import dev.cutroom.plugin.host.model.ModelSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A job context made of the host's real media and model access but without its result check, for plans whose
 * Retime and Trim outputs the host does not apply yet (issue 7). Models come from the jar: no pull.
 */
public class DirectContext implements JobContext {
    final List<String> log = new CopyOnWriteArrayList<>();
    private final Path dir;
    private final HostModelAccess models = new HostModelAccess(List.of(PersonMasks.MODEL, RifeInterpolator.MODEL),
            Models::createDefault, ModelSources.standard(null));

    public DirectContext(Path dir) {
        this.dir = dir;
    }

    @Override public void progress(double fraction, String message) {}
    @Override public boolean isCancelled() { return false; }
    @Override public void log(LogLevel level, String message) { log.add(level + " " + message); }
    @Override public Path scratchDir() {
        try {
            return Files.createDirectories(dir.resolve("scratch"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    @Override public Path newOutputFile(String fileName) {
        try {
            return Files.createTempFile(Files.createDirectories(dir.resolve("out")), "", "-" + fileName);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
    @Override public MediaAccess media() { return new EngineMediaAccess(); }
    @Override public ModelAccess models() { return models; }
    @Override public String device() { return models.device(); }
}
