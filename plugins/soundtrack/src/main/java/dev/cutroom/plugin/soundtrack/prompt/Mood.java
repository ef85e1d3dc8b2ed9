package dev.cutroom.plugin.soundtrack.prompt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The moods a prompt may ask for, with the words that select them. */
public enum Mood {
    TENSE(List.of("tense", "tension", "suspense", "suspenseful", "dark", "ominous", "thriller", "eerie", "mysterious", "creepy", "scary")),
    UPBEAT(List.of("upbeat", "happy", "cheerful", "bright", "energetic", "fun", "joyful", "playful", "sunny", "positive", "uplifting", "lively")),
    CALM(List.of("calm", "peaceful", "relaxed", "relaxing", "gentle", "soft", "serene", "quiet", "chill", "dreamy", "warm", "tender")),
    SAD(List.of("sad", "melancholic", "melancholy", "sorrowful", "mournful", "somber", "sombre", "nostalgic", "emotional", "bittersweet")),
    EPIC(List.of("epic", "heroic", "triumphant", "grand", "majestic", "powerful", "cinematic", "trailer", "dramatic", "big")),
    MINIMAL(List.of("minimal", "minimalist", "sparse", "simple", "subtle", "understated", "ambient"));

    private final List<String> words;

    Mood(List<String> words) {
        this.words = words;
    }

    /** The words that select this mood. Any thread. */
    public List<String> words() {
        return words;
    }

    /** The mood a word names, if any. Any thread. */
    public static Optional<Mood> forWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (Mood m : values()) if (m.words.contains(w)) return Optional.of(m);
        return Optional.empty();
    }
}
