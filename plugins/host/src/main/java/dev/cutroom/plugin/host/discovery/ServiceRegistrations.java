package dev.cutroom.plugin.host.discovery;

import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.host.limits.BoundedText;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The class names a jar (or the class path) registers in {@code META-INF/services/dev.cutroom.plugin.api.Plugin},
 * read as text so discovery can check a descriptor's entry point without loading (or initialising) any plugin
 * class, and whether each name has a class file. The file is read with a size limit: a services file with a
 * 2 GB line refuses its jar instead of running discovery out of memory.
 *
 * @param names        the registered class names, in file order
 * @param hasClassFile whether a class name has a class file where the plugin's class loader will look
 */
record ServiceRegistrations(Set<String> names, Predicate<String> hasClassFile) {
    static final String RESOURCE = "META-INF/services/" + Plugin.class.getName();
    /** Far more than any real services file (one class name a line). */
    static final int MAX_BYTES = 64 * 1024;

    ServiceRegistrations {
        names = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    /** Class names listed in one services file, in the {@link java.util.ServiceLoader} file syntax. */
    static Set<String> read(InputStream in) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (String line : BoundedText.read(in, MAX_BYTES, RESOURCE).split("\n")) {
            int hash = line.indexOf('#');
            String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    /** Where the class file of {@code className} lives in a jar or on a class path. */
    static String classFile(String className) {
        return className.replace('.', '/') + ".class";
    }

    /** The first registered name without a class file, as a refusal, or empty. */
    Optional<String> missingClass() {
        return names.stream().filter(n -> !hasClassFile.test(n)).findFirst()
                .map(n -> RESOURCE + " names " + n + ", but there is no " + classFile(n) + " in the jar" + listing());
    }

    /** "; registered: a, b" or "; nothing is registered", for messages. */
    String listing() {
        return names.isEmpty() ? " (the services file registers nothing)" : " (registered: " + String.join(", ", names) + ")";
    }
}
