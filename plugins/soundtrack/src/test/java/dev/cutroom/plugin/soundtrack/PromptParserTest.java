package dev.cutroom.plugin.soundtrack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.soundtrack.compose.Instrument;
import dev.cutroom.plugin.soundtrack.compose.Key;
import dev.cutroom.plugin.soundtrack.prompt.Mood;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import dev.cutroom.plugin.soundtrack.prompt.StructureHint;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PromptParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # prompt                                | tempo | key       | mode  | instruments (GM programs)  | moods          | hints        | unknown
            tense minimal piano, 90 bpm             | 90    | -         | -     | 0                          | TENSE MINIMAL  | -            | -
            upbeat ukulele in D major               | -     | D major   | major | 24                         | UPBEAT         | -            | -
            slow orchestral swell                   | -     | -         | -     | 48 60 42 47                | -              | SLOW SWELL   | -
            sad cello and piano in A minor, 70bpm   | 70    | A minor   | minor | 42 0                       | SAD            | -            | -
            epic brass and drums building, f# minor | -     | F# minor  | minor | 61 0                       | EPIC           | BUILD        | -
            calm strings in the key of Eb           | -     | Eb major  | major | 48                         | CALM           | -            | -
            a minimal flute theme in minor          | -     | -         | minor | 73                         | MINIMAL        | -            | -
            happy marimba with kazoo at 128         | 128   | -         | -     | 12                         | UPBEAT         | -            | kazoo
            dark synth pad, electric piano, bm      | -     | B minor   | minor | 89 4                       | TENSE          | -            | -
            quirky fast vibes                       | -     | -         | -     | 11                         | -              | FAST         | quirky
            """)
    void parses(String text, Double tempo, String key, String mode, String programs, String moods, String hints, String unknown) {
        Prompt p = PromptParser.parse(text);
        if (tempo == null) assertThat(p.tempo()).isEmpty();
        else assertThat(p.tempo().getAsDouble()).isEqualTo(tempo);
        assertThat(p.key().map(Key::toString).orElse(null)).isEqualTo(key);
        assertThat(p.modeOnly().map(m -> m ? "minor" : "major").orElse(null)).isEqualTo(mode);
        assertThat(p.instruments().stream().map(i -> String.valueOf(i.isDrums() ? 0 : i.program())).toList())
                .containsExactly(programs.split(" "));
        assertThat(p.moods()).containsExactlyInAnyOrderElementsOf(moods == null ? List.of() : List.of(moods.split(" ")).stream().map(Mood::valueOf).toList());
        assertThat(p.hints()).containsExactlyInAnyOrderElementsOf(hints == null ? List.of() : List.of(hints.split(" ")).stream().map(StructureHint::valueOf).toList());
        assertThat(p.unknown()).containsExactlyElementsOf(unknown == null ? List.of() : List.of(unknown.split(" ")));
    }

    @Test
    void drumsAreTheDrumKitAndNamesAreCanonical() {
        Prompt p = PromptParser.parse("Epic brass and drums");
        assertThat(p.instruments()).extracting(Instrument::name).containsExactly("brass", "drums");
        assertThat(p.instruments().get(1).isDrums()).isTrue();
        assertThat(PromptParser.describe(PromptParser.parse("upbeat ukulele in D major, 100 bpm"))).isEqualTo("100 bpm, D major, ukulele, upbeat");
    }

    @Test
    void anEmptyPromptAsksForNothing() {
        Prompt p = PromptParser.parse("");
        assertThat(p.tempo()).isEmpty();
        assertThat(p.key()).isEmpty();
        assertThat(p.instruments()).isEmpty();
        assertThat(p.unknown()).isEmpty();
    }
}
