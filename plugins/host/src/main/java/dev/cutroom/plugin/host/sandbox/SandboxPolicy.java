package dev.cutroom.plugin.host.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a confined worker may touch: paths it may read, paths it may write (and create, delete and rename
 * inside), device files it may use, and whether it may use TCP. Everything else on the file system is refused,
 * and so is TCP unless {@code network}. Written to a file for the {@link SandboxLauncher}, one rule a line.
 *
 * @param rules   each path with its Landlock rights (a union when a path is given twice)
 * @param network whether TCP connect and bind stay allowed
 */
public record SandboxPolicy(Map<Path, Long> rules, boolean network) {
    public SandboxPolicy {
        rules = Map.copyOf(rules);
    }

    /** Collects rules; later grants to the same path add to earlier ones. */
    public static final class Builder {
        private final Map<Path, Long> rules = new LinkedHashMap<>();
        private boolean network;

        /** Read (and execute) files beneath {@code path}. */
        public Builder read(Path path) {
            return grant(path, Landlock.READ);
        }

        /** Everything beneath {@code path}: read, write, create, delete, rename. */
        public Builder write(Path path) {
            return grant(path, ~0L);
        }

        /** Read, write and control (ioctl) a device file such as {@code /dev/null} or a GPU. */
        public Builder device(Path path) {
            return grant(path, Landlock.DEVICE);
        }

        public Builder network(boolean allowed) {
            this.network = allowed;
            return this;
        }

        private Builder grant(Path path, long rights) {
            if (path != null) rules.merge(path.toAbsolutePath().normalize(), rights, (a, b) -> a | b);
            return this;
        }

        public SandboxPolicy build() {
            return new SandboxPolicy(rules, network);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Writes the policy as {@code network yes|no}, then {@code RIGHTS<TAB>PATH} lines (rights in hex). */
    public void write(Path file) throws IOException {
        StringBuilder text = new StringBuilder("network " + (network ? "yes" : "no") + "\n");
        rules.forEach((path, rights) -> text.append(Long.toHexString(rights)).append('\t').append(path).append('\n'));
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Inverse of {@link #write}. */
    public static SandboxPolicy read(Path file) throws IOException {
        var lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().startsWith("network ")) throw new IOException("not a sandbox policy: " + file);
        Map<Path, Long> rules = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            int tab = line.indexOf('\t');
            if (tab < 0) continue;
            rules.merge(Path.of(line.substring(tab + 1)), Long.parseUnsignedLong(line.substring(0, tab), 16), (a, b) -> a | b);
        }
        return new SandboxPolicy(rules, lines.getFirst().equals("network yes"));
    }
}
