package dev.cutroom.plugin.instruct.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.models.descriptor.ModelCatalog;
import dev.cutroom.models.descriptor.ModelSource;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordPieceTokenizerTest {

    private static final Map<String, Integer> TINY = Map.of("[PAD]", 0, "[UNK]", 1, "[CLS]", 2, "[SEP]", 3,
            "un", 4, "##aff", 5, "##able", 6, "cafe", 7, ",", 8, "ok", 9);

    @Test
    void splitsWordsIntoLongestPiecesWithContinuations() {
        var t = new WordPieceTokenizer(TINY, 16);
        assertThat(t.encode("unaffable")).containsExactly(2, 4, 5, 6, 3);
        assertThat(t.tokens("Unaffable, OK")).containsExactly("[CLS]", "un", "##aff", "##able", ",", "ok", "[SEP]");
    }

    @Test
    void lowerCasesStripsAccentsAndMarksUnknownWords() {
        var t = new WordPieceTokenizer(TINY, 16);
        assertThat(t.tokens("CAFÉ unzzz")).containsExactly("[CLS]", "cafe", "[UNK]", "[SEP]");
        assertThat(WordPieceTokenizer.basicTokens("it's 9:16!")).containsExactly("it", "'", "s", "9", ":", "16", "!");
    }

    @Test
    void cutsLongInputToTheLimitKeepingSep() {
        var t = new WordPieceTokenizer(TINY, 4);
        assertThat(t.encode("ok ok ok ok ok")).containsExactly(2, 9, 9, 3);
    }

    @Test
    void readsMiniLmsVocabularyLikeBert() {
        var d = ModelCatalog.descriptor(MiniLmEncoder.MODEL_ID);
        var t = WordPieceTokenizer.fromTokenizerJson(ModelSource.builtIn().read(d.file("tokenizer")), 128);
        // ids of bert-base-uncased: hello 7592, world 2088
        assertThat(t.encode("Hello world")).containsExactly(101, 7592, 2088, 102);
        assertThat(t.tokens("greyscale")).startsWith("[CLS]", "grey").endsWith("[SEP]").allMatch(s -> !s.equals("[UNK]"));
    }
}
