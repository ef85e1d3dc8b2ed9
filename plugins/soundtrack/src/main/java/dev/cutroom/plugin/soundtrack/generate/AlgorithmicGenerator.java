package dev.cutroom.plugin.soundtrack.generate;

import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.soundtrack.compose.Composer;
import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.compose.Part;
import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.render.GervillRenderer;
import dev.cutroom.plugin.soundtrack.render.Mixdown;
import dev.cutroom.plugin.soundtrack.render.SoundFontChoice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The composer and Gervill: a MIDI score whose beats and accents meet the cuts, rendered offline with a General
 * MIDI SoundFont, mixed and loudness-normalised. Runs anywhere (CPU, no weights). Stateless.
 */
public final class AlgorithmicGenerator implements MusicGenerator {
    public static final String ID = "algorithmic";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "algorithmic (Cutroom composer 1) + Gervill";
    }

    @Override
    public Optional<String> unavailable(JobContext context) {
        return Optional.empty();
    }

    @Override
    public GeneratedMusic generate(MusicRequest r, JobContext context) throws Exception {
        Composition score = Composer.compose(new Composer.Request(r.picture(), r.prompt(), r.seed(), r.variation(), r.section(), r.sectionVariation()));
        String instruments = score.parts().stream().map(x -> x.instrument().name()).collect(Collectors.joining(", "));
        double beatShare = TempoSearch.share(score.cuts(), score.timeMap().beats(score.duration()));
        context.info(String.format(Locale.ROOT, "Score: %.2f bpm, %s, %d bars, %s; %d of %d cuts on a beat (%.0f%%)%s",
                score.tempo().bpm(), score.key(), score.bars(), instruments, Math.round(beatShare * score.cuts().size()), score.cuts().size(),
                100 * beatShare, score.section() == null ? "" : "; bars " + score.section()[0] + "-" + (score.section()[1] - 1) + " regenerated"));
        context.progress(0.3, "Rendering " + score.parts().size() + " instruments");

        SoundFontChoice font = SoundFontChoice.resolve(r.soundfont(), context::warn);
        context.info("SoundFont: " + (font.file() == null ? "the JDK's built-in bank" : font.file() + " (SHA-256 " + font.sha256() + ")"));
        Mixdown.Result audio = Mixdown.produce(score, new GervillRenderer(font), r.fadeIn(), r.fadeOut(), r.loudnessTarget(), context::checkCancelled,
                f -> context.progress(0.3 + 0.55 * f, "Rendering"));
        context.info(String.format(Locale.ROOT, "Mix: %.1f LUFS before, %+.1f dB, %.2f LUFS after (target %.1f), true peak %.1f dBTP, rendered %.1fx real time",
                audio.loudness().measuredBefore(), audio.loudness().gainDb(), audio.loudness().measuredAfter(), r.loudnessTarget(),
                audio.loudness().truePeakAfter(), score.duration() / audio.renderSeconds()));

        List<GeneratedMusic.Stem> stems = new ArrayList<>();
        for (int i = 0; i < score.parts().size(); i++) {
            Part part = score.parts().get(i);
            stems.add(new GeneratedMusic.Stem(part.instrument().name(), audio.stems().get(i)));
        }
        Map<String, String> notes = new LinkedHashMap<>();
        notes.put("tempo", String.format(Locale.ROOT, "%.2f", score.tempo().bpm()));
        notes.put("beatPhase", String.format(Locale.ROOT, "%.4f", score.tempo().phase()));
        notes.put("key", score.key().toString());
        notes.put("effectiveSeed", Long.toString(score.seed()));
        notes.put("instruments", instruments);
        notes.put("soundfont", font.name());
        notes.put("soundfontSha256", font.sha256());
        notes.put("loudnessIntegrated", String.format(Locale.ROOT, "%.2f", audio.loudness().measuredAfter()));
        notes.put("truePeak", String.format(Locale.ROOT, "%.2f", audio.loudness().truePeakAfter()));
        notes.put("cuts", Integer.toString(score.cuts().size()));
        notes.put("cutsOnBeat", String.format(Locale.ROOT, "%.3f", beatShare));
        notes.put("bars", Integer.toString(score.bars()));
        if (score.section() != null) notes.put("regeneratedBars", score.section()[0] + "-" + (score.section()[1] - 1));
        String label = String.format(Locale.ROOT, "%.0f bpm, %s", score.tempo().bpm(), score.key());
        return new GeneratedMusic(audio.mix(), stems, score.sequence(), label, label + ", " + instruments, notes);
    }
}
