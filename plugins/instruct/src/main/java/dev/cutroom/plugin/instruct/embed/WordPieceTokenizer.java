package dev.cutroom.plugin.instruct.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * BERT's uncased WordPiece tokenizer, as the MiniLM model was trained with it: clean the text, lower-case,
 * strip accents, split on white space and punctuation, then greedy longest-match-first sub-words with
 * {@code ##} continuations, {@code [UNK]} for words it cannot spell, framed by {@code [CLS]} ... {@code [SEP]}.
 * Thread-safe (immutable after construction).
 */
public final class WordPieceTokenizer {

    private static final int MAX_CHARS_PER_WORD = 100;

    private final Map<String, Integer> vocab;
    private final int unk;
    private final int cls;
    private final int sep;
    private final int maxTokens;

    /**
     * @param vocab     token → id
     * @param maxTokens most tokens per sentence, [CLS] and [SEP] included (longer input is cut)
     */
    public WordPieceTokenizer(Map<String, Integer> vocab, int maxTokens) {
        this.vocab = Map.copyOf(vocab);
        this.unk = id("[UNK]");
        this.cls = id("[CLS]");
        this.sep = id("[SEP]");
        this.maxTokens = maxTokens;
    }

    /** Reads the vocabulary of a Hugging Face {@code tokenizer.json} with a WordPiece model. */
    public static WordPieceTokenizer fromTokenizerJson(byte[] json, int maxTokens) {
        try {
            JsonNode vocabNode = new ObjectMapper().readTree(json).path("model").path("vocab");
            if (!vocabNode.isObject() || vocabNode.isEmpty()) throw new IOException("no model.vocab object");
            Map<String, Integer> vocab = new HashMap<>();
            vocabNode.fields().forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().intValue()));
            return new WordPieceTokenizer(vocab, maxTokens);
        } catch (IOException e) {
            throw new UncheckedIOException("not a WordPiece tokenizer.json: " + e.getMessage(), e);
        }
    }

    /** Whether the vocabulary holds {@code word} as one whole-word token (not a "##" continuation piece). */
    public boolean hasWord(String word) {
        return vocab.containsKey(word);
    }

    /** @return the ids of [CLS], the text's word pieces and [SEP] */
    public long[] encode(String text) {
        List<Integer> ids = new ArrayList<>();
        ids.add(cls);
        for (String word : basicTokens(text)) {
            wordPieces(word, ids);
            if (ids.size() >= maxTokens - 1) break;
        }
        List<Integer> cut = ids.size() > maxTokens - 1 ? ids.subList(0, maxTokens - 1) : ids;
        long[] out = new long[cut.size() + 1];
        for (int i = 0; i < cut.size(); i++) out[i] = cut.get(i);
        out[out.length - 1] = sep;
        return out;
    }

    /** @return the word pieces as strings (for tests and debugging) */
    public List<String> tokens(String text) {
        Map<Integer, String> byId = new HashMap<>();
        vocab.forEach((k, v) -> byId.put(v, k));
        List<String> out = new ArrayList<>();
        for (long id : encode(text)) out.add(byId.get((int) id));
        return out;
    }

    /** BERT basic tokenization: clean, lower-case, strip accents, split white space and punctuation. */
    static List<String> basicTokens(String text) {
        String lower = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == 0 || c == 0xFFFD || Character.getType(c) == Character.NON_SPACING_MARK
                    || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue; // control characters dropped; accents (combining marks after NFD) stripped
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                flush(word, words);
            } else if (isPunctuation(c) || isCjk(c)) {
                flush(word, words);
                words.add(new String(Character.toChars(c)));
            } else {
                word.appendCodePoint(c);
            }
        }
        flush(word, words);
        return words;
    }

    private void wordPieces(String word, List<Integer> out) {
        if (word.length() > MAX_CHARS_PER_WORD) {
            out.add(unk);
            return;
        }
        List<Integer> pieces = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer found = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                found = vocab.get(piece);
                if (found != null) break;
                end--;
            }
            if (found == null) {
                out.add(unk); // the whole word is unknown, as BERT does
                return;
            }
            pieces.add(found);
            start = end;
        }
        out.addAll(pieces);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /** ASCII symbols count as punctuation in BERT, as do Unicode punctuation classes. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) return true;
        int t = Character.getType(c);
        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION || t == Character.START_PUNCTUATION
                || t == Character.END_PUNCTUATION || t == Character.INITIAL_QUOTE_PUNCTUATION
                || t == Character.FINAL_QUOTE_PUNCTUATION || t == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x2F800 && c <= 0x2FA1F);
    }

    private int id(String token) {
        Integer id = vocab.get(token);
        if (id == null) throw new IllegalArgumentException("vocabulary has no " + token);
        return id;
    }
}
