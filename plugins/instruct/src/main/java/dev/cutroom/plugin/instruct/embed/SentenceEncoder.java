package dev.cutroom.plugin.instruct.embed;

/** Turns a sentence into a unit-length vector; similar meanings give a cosine (dot product) near 1. */
public interface SentenceEncoder {

    /** @return an L2-normalised embedding */
    float[] encode(String sentence);

    /**
     * Whether {@code word} (lower case) is a whole word of the encoder's vocabulary: a real word, so the parser's
     * spelling tolerance must leave it alone. False when the encoder has no word list.
     */
    default boolean knowsWord(String word) {
        return false;
    }

    /** Dot product of two unit vectors: their cosine similarity. */
    static double cosine(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) s += a[i] * b[i];
        return s;
    }
}
