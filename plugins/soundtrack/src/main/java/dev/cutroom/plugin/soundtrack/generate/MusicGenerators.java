package dev.cutroom.plugin.soundtrack.generate;

import dev.cutroom.plugin.api.JobContext;
import java.util.List;
import java.util.Optional;

/**
 * Picks the generator a job asked for: {@code auto} takes the first available one in order of preference (a neural
 * generator would come first, the algorithmic one is always there), a named one must be available. Any thread.
 */
public final class MusicGenerators {
    /** In order of preference for {@code auto}. */
    private static final List<MusicGenerator> ALL = List.of(new AlgorithmicGenerator());

    private MusicGenerators() {}

    /** The generators known to this plugin. */
    public static List<MusicGenerator> all() {
        return ALL;
    }

    /**
     * The generator for {@code asked} ("auto" or an id).
     *
     * @throws IllegalArgumentException naming the reason when the asked one is unknown or cannot run here
     */
    public static MusicGenerator choose(String asked, JobContext context) {
        if (asked == null || asked.isBlank() || asked.equals("auto")) {
            return ALL.stream().filter(g -> g.unavailable(context).isEmpty()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no music generator can run here"));
        }
        MusicGenerator g = ALL.stream().filter(x -> x.id().equals(asked)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no music generator '" + asked + "'; this plugin has "
                        + ALL.stream().map(MusicGenerator::id).toList()));
        Optional<String> why = g.unavailable(context);
        if (why.isPresent()) throw new IllegalArgumentException("the " + asked + " generator cannot run here: " + why.get());
        return g;
    }
}
