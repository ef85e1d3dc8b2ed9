package dev.cutroom.plugin.soundtrack;

import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobContext;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.LogLevel;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Plugin;
import dev.cutroom.plugin.api.TrackTarget;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.analysis.PictureAnalyzer;
import dev.cutroom.plugin.soundtrack.compose.Composer;
import dev.cutroom.plugin.soundtrack.compose.Composition;
import dev.cutroom.plugin.soundtrack.compose.Part;
import dev.cutroom.plugin.soundtrack.compose.TempoSearch;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import dev.cutroom.plugin.soundtrack.render.GervillRenderer;
import dev.cutroom.plugin.soundtrack.render.Mixdown;
import dev.cutroom.plugin.soundtrack.render.SoundFontChoice;
import dev.cutroom.plugin.soundtrack.render.WavFile;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.sound.midi.MidiSystem;

/**
 * "Generate soundtrack": music composed for the selected clips, range or whole timeline. Reads the picture
 * (cuts, motion, colour mood), parses the prompt, composes a MIDI score whose beats and accents meet the
 * cuts, renders it with Gervill (a General MIDI SoundFont when installed), normalises it to a loudness
 * target and returns a new clip on the "Music" track spanning the selection, with the MIDI file and one
 * stem per instrument as side files.
 */
public final class SoundtrackPlugin implements Plugin {
    public static final String ID = "dev.cutroom.soundtrack";
    public static final String TRACK = "Music";

    @Override
    public JobResult run(Job job, JobContext context) throws Exception {
        ParameterValues p = job.parameters();
        long seed = p.has("seed") ? p.integer("seed") : 1;
        long variation = p.has("variation") ? p.integer("variation") : 0;
        double target = p.has("loudness") ? p.number("loudness") : -16;
        double fadeIn = p.has("fadeIn") ? p.number("fadeIn") : 1.0;
        double fadeOut = p.has("fadeOut") ? p.number("fadeOut") : 2.0;
        boolean writeStems = !p.has("stems") || p.bool("stems");
        double regenFrom = p.has("regenerateFrom") ? p.number("regenerateFrom") : 0;
        double regenTo = p.has("regenerateTo") ? p.number("regenerateTo") : 0;
        long sectionVariation = p.has("sectionVariation") ? p.integer("sectionVariation") : 1;

        Prompt prompt = PromptParser.parse(job.instruction());
        context.info("Prompt understood as: " + PromptParser.describe(prompt));
        if (!prompt.unknown().isEmpty()) context.log(LogLevel.WARN, "Prompt words not understood (ignored): " + String.join(", ", prompt.unknown()));

        context.progress(0, "Watching the picture");
        PictureAnalysis picture = PictureAnalyzer.analyse(job.selection(), context.media(), context);
        if (picture.duration() < 1) throw new IllegalArgumentException("the selection is " + fmt(picture.duration()) + " s long; a soundtrack needs at least 1 s");
        context.info(String.format(Locale.ROOT, "Picture: %.2f s, %d edit points, %d shot cuts, brightness %.2f, saturation %.2f, warmth %+.2f, motion %.1f",
                picture.duration(), picture.editPoints().size(), picture.shotCuts().size(), picture.brightness(), picture.saturation(), picture.warmth(), picture.motion()));

        double[] section = regenTo > regenFrom ? new double[] {regenFrom, regenTo} : null;
        Composition score = Composer.compose(new Composer.Request(picture, prompt, seed, variation, section, sectionVariation));
        String instruments = score.parts().stream().map(x -> x.instrument().name()).collect(Collectors.joining(", "));
        double beatShare = TempoSearch.share(score.cuts(), score.timeMap().beats(score.duration()));
        context.info(String.format(Locale.ROOT, "Score: %.2f bpm, %s, %d bars, %s; %d of %d cuts on a beat (%.0f%%)%s",
                score.tempo().bpm(), score.key(), score.bars(), instruments, Math.round(beatShare * score.cuts().size()), score.cuts().size(),
                100 * beatShare, score.section() == null ? "" : "; bars " + score.section()[0] + "-" + (score.section()[1] - 1) + " regenerated"));
        context.progress(0.3, "Rendering " + score.parts().size() + " instruments");

        SoundFontChoice font = SoundFontChoice.resolve(p.has("soundfont") ? p.text("soundfont") : "auto", context::warn);
        context.info("SoundFont: " + (font.file() == null ? "the JDK's built-in bank" : font.file() + " (SHA-256 " + font.sha256() + ")"));
        Mixdown.Result audio = Mixdown.produce(score, new GervillRenderer(font), fadeIn, fadeOut, target, context::checkCancelled,
                f -> context.progress(0.3 + 0.55 * f, "Rendering"));
        context.info(String.format(Locale.ROOT, "Mix: %.1f LUFS before, %+.1f dB, %.2f LUFS after (target %.1f), true peak %.1f dBTP, rendered %.1fx real time",
                audio.loudness().measuredBefore(), audio.loudness().gainDb(), audio.loudness().measuredAfter(), target,
                audio.loudness().truePeakAfter(), score.duration() / audio.renderSeconds()));

        context.progress(0.9, "Writing files");
        String label = String.format(Locale.ROOT, "%.0f bpm, %s", score.tempo().bpm(), score.key());
        Path mixFile = context.newOutputFile("soundtrack.wav");
        WavFile.write(mixFile, audio.mix(), GervillRenderer.SAMPLE_RATE);
        Path midi = context.newOutputFile("soundtrack.mid");
        MidiSystem.write(score.sequence(), 1, midi.toFile());

        JobResult.Builder result = JobResult.builder()
                .newClip(TrackTarget.named(TRACK), PictureAnalyzer.start(job.selection()), mixFile, "Soundtrack (" + label + ")")
                .sideFile(midi, "audio/midi", null);
        if (writeStems) {
            for (int i = 0; i < score.parts().size(); i++) {
                Part part = score.parts().get(i);
                Path stem = context.newOutputFile("stem-" + (i + 1) + "-" + part.instrument().name().replace(' ', '-') + ".wav");
                WavFile.write(stem, audio.stems().get(i), GervillRenderer.SAMPLE_RATE);
                result.sideFile(stem, "audio/wav", null);
            }
        }
        result.note("generator", "algorithmic (Cutroom composer 1) + Gervill")
                .note("tempo", String.format(Locale.ROOT, "%.2f", score.tempo().bpm()))
                .note("beatPhase", String.format(Locale.ROOT, "%.4f", score.tempo().phase()))
                .note("key", score.key().toString())
                .note("seed", Long.toString(seed))
                .note("variation", Long.toString(variation))
                .note("effectiveSeed", Long.toString(score.seed()))
                .note("instruments", instruments)
                .note("soundfont", font.name())
                .note("soundfontSha256", font.sha256())
                .note("loudnessTarget", fmt(target))
                .note("loudnessIntegrated", String.format(Locale.ROOT, "%.2f", audio.loudness().measuredAfter()))
                .note("truePeak", String.format(Locale.ROOT, "%.2f", audio.loudness().truePeakAfter()))
                .note("cuts", Integer.toString(score.cuts().size()))
                .note("cutsOnBeat", String.format(Locale.ROOT, "%.3f", beatShare))
                .note("bars", Integer.toString(score.bars()))
                .note("prompt", job.instruction());
        if (score.section() != null) result.note("regeneratedBars", score.section()[0] + "-" + (score.section()[1] - 1)).note("sectionVariation", Long.toString(sectionVariation));
        context.progress(1, "Done");
        return result.summary("Soundtrack: " + fmt(Math.round(picture.duration() * 10) / 10.0) + " s, " + label + ", " + instruments).build();
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** For tests: the selection start as the clip's timeline start. */
    static ExactTime startOf(Job job) {
        return PictureAnalyzer.start(job.selection());
    }
}
