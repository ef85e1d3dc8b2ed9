package dev.cutroom.plugin.soundtrack.prompt;

import dev.cutroom.plugin.soundtrack.compose.Instrument;
import dev.cutroom.plugin.soundtrack.compose.Key;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What a parsed prompt asks for. Anything absent is chosen from the picture. Immutable; any thread.
 *
 * @param text        the prompt as typed
 * @param tempo       beats per minute, if given
 * @param key         key and mode, if given (a mode alone gives {@link #modeOnly})
 * @param modeOnly    "minor" or "major" without a tonic: {@code Optional.of(true)} for minor
 * @param instruments instruments named, in order, without duplicates
 * @param moods       moods named
 * @param hints       structure words
 * @param unknown     words that meant nothing to the parser (reported in the job log)
 */
public record Prompt(String text, OptionalDouble tempo, Optional<Key> key, Optional<Boolean> modeOnly,
                     List<Instrument> instruments, Set<Mood> moods, Set<StructureHint> hints, List<String> unknown) {
    public Prompt {
        instruments = List.copyOf(instruments);
        moods = Set.copyOf(moods);
        hints = Set.copyOf(hints);
        unknown = List.copyOf(unknown);
    }

    /** An empty prompt. */
    public static Prompt empty() {
        return PromptParser.parse("");
    }

    /** Whether it names this mood. Any thread. */
    public boolean has(Mood mood) {
        return moods.contains(mood);
    }

    /** Whether it has this hint. Any thread. */
    public boolean has(StructureHint hint) {
        return hints.contains(hint);
    }
}
