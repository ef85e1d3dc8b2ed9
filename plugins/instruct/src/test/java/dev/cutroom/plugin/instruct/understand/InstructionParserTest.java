package dev.cutroom.plugin.instruct.understand;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.instruct.plan.OpKind;
import dev.cutroom.plugin.instruct.plan.Step;
import org.junit.jupiter.api.Test;

class InstructionParserTest {

    private final InstructionParser parser = InstructionParser.shared();

    @Test
    void unknownRequestsBecomeProblemsNamingTheClosestOperations() {
        ParseResult r = parser.parse("make it sparkle");
        assertThat(r.plan().isEmpty()).isTrue();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.clause()).isEqualTo("make it sparkle");
            assertThat(p.closest()).hasSize(3);
            assertThat(p.message()).startsWith("'make it sparkle' was not understood; closest: ");
        });
    }

    @Test
    void blackAndWhiteIsOnePhraseAndQuotedTextIsNotSplit() {
        ParseResult r = parser.parse("black and white and add the title 'Rock and roll, baby' at the bottom");
        assertThat(r.problems()).isEmpty();
        assertThat(r.plan().steps()).containsExactly(Step.of(OpKind.BLACK_AND_WHITE),
                Step.of(OpKind.TITLE, "text", "Rock and roll, baby", "position", "bottom"));
    }

    @Test
    void theSamePlanEveryTime() {
        String s = "trim the first 3 seconds, fade out the last 2 seconds and make it warmer";
        assertThat(parser.parse(s)).isEqualTo(parser.parse(s));
    }

    @Test
    void valuesOutOfRangeAreProblemsNotClampedGuesses() {
        ParseResult r = parser.parse("speed up 500x");
        assertThat(r.plan().isEmpty()).isTrue();
        assertThat(r.problems().getFirst().closest()).containsExactly(OpKind.SPEED);
    }

    @Test
    void withoutTheModelTheLexiconStillWorksAndSaysSo() {
        InstructionParser lexicon = InstructionParser.lexiconOnly("model missing");
        ParseResult ok = lexicon.parse("make it black and white and slow it down by half");
        assertThat(ok.usedEmbeddings()).isFalse();
        assertThat(ok.note()).isEqualTo("model missing");
        assertThat(ok.plan().steps()).containsExactly(Step.of(OpKind.BLACK_AND_WHITE), Step.of(OpKind.SPEED, "factor", 0.5));
        ParseResult unknown = lexicon.parse("make it sparkle");
        assertThat(unknown.problems()).isNotEmpty();
        assertThat(unknown.problems().getFirst().message()).contains("lexicon only");
    }

    @Test
    void emptyInstructionsAreAProblem() {
        assertThat(parser.parse("   ").problems()).isNotEmpty();
    }
}
