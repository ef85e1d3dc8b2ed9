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
import dev.cutroom.plugin.soundtrack.generate.GeneratedMusic;
import dev.cutroom.plugin.soundtrack.generate.MusicGenerator;
import dev.cutroom.plugin.soundtrack.generate.MusicGenerators;
import dev.cutroom.plugin.soundtrack.generate.MusicRequest;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;
import dev.cutroom.plugin.soundtrack.prompt.PromptParser;
import dev.cutroom.plugin.soundtrack.render.GervillRenderer;
import dev.cutroom.plugin.soundtrack.render.WavFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Locale;
import javax.sound.midi.MidiSystem;

/**
 * "Generate soundtrack": music composed for the selected clips, range or whole timeline. Reads the picture
 * (cuts, motion, colour mood), parses the prompt, composes a MIDI score whose beats and accents meet the
 * cuts, renders it with Gervill (a General MIDI SoundFont when installed), normalises it to a loudness
 * target and returns a new clip on the "Music" track spanning the selection, with the MIDI file and one
 * stem per instrument as side files. With {@code intoClip} the music is a new take of an existing soundtrack clip
 * ({@link MusicTarget}). The music itself comes from a {@link MusicGenerator} (today the algorithmic one).
 */
public final class SoundtrackPlugin implements Plugin {
    public static final String ID = "dev.cutroom.soundtrack";
    public static final String TRACK = "Music";
    /** Provenance notes naming the take's side files (in the take's folder), for the editor's export. */
    public static final String NOTE_MIDI = "midiFile", NOTE_STEMS = "stemFiles";
    private static final DateTimeFormatter RUN_TAG = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

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

        String intoClip = p.has("intoClip") ? p.text("intoClip").strip() : "";
        MusicTarget into = intoClip.isEmpty() ? MusicTarget.newClip(job.selection()) : MusicTarget.intoClip(job.selection(), intoClip);

        context.progress(0, "Watching the picture");
        PictureAnalysis picture = PictureAnalyzer.analyse(into.picture(), context.media(), context);
        if (picture.duration() < 1) throw new IllegalArgumentException("the selection is " + fmt(picture.duration()) + " s long; a soundtrack needs at least 1 s");
        context.info(String.format(Locale.ROOT, "Picture: %.2f s, %d edit points, %d shot cuts, brightness %.2f, saturation %.2f, warmth %+.2f, motion %.1f",
                picture.duration(), picture.editPoints().size(), picture.shotCuts().size(), picture.brightness(), picture.saturation(), picture.warmth(), picture.motion()));

        double[] section = regenTo > regenFrom ? new double[] {regenFrom, regenTo} : null;
        MusicGenerator generator = MusicGenerators.choose(p.has("generator") ? p.text("generator") : "auto", context);
        GeneratedMusic music = generator.generate(new MusicRequest(picture, prompt, seed, variation, section, sectionVariation,
                fadeIn, fadeOut, target, p.has("soundfont") ? p.text("soundfont") : "auto"), context);

        context.progress(0.9, "Writing files");
        JobResult.Builder result = JobResult.builder();
        writeOutputs(music, into, PictureAnalyzer.start(job.selection()), writeStems, context, result);
        result.note("generator", generator.description())
                .note("seed", Long.toString(seed))
                .note("variation", Long.toString(variation))
                .note("loudnessTarget", fmt(target))
                .note("prompt", job.instruction());
        music.notes().forEach(result::note);
        if (section != null) result.note("sectionVariation", Long.toString(sectionVariation));
        context.progress(1, "Done");
        return result.summary("Soundtrack: " + fmt(Math.round(picture.duration() * 10) / 10.0) + " s, " + music.summary()).build();
    }

    /**
     * The mix as a new clip or a new take, the MIDI file and the stems as side files, their names in the notes. All
     * files of one run share a name stem, so a take's files stay together and its provenance names them correctly.
     */
    private static void writeOutputs(GeneratedMusic music, MusicTarget into, ExactTime start, boolean writeStems, JobContext context,
                                     JobResult.Builder result) throws IOException {
        String run = "soundtrack-" + RUN_TAG.format(LocalDateTime.now()) + "-" + Integer.toHexString(new Random().nextInt(0x1000, 0x10000));
        Path mixFile = context.newOutputFile(run + ".wav");
        WavFile.write(mixFile, music.mix(), GervillRenderer.SAMPLE_RATE);
        String clipName = "Soundtrack (" + music.label() + ")";
        if (into.isNewTake()) result.newTake(into.clip().clipId(), mixFile, clipName);
        else result.newClip(TrackTarget.named(TRACK), start, mixFile, clipName);
        if (music.score() != null) {
            Path midi = context.newOutputFile(run + ".mid");
            MidiSystem.write(music.score(), 1, midi.toFile());
            result.sideFile(midi, "audio/midi", null).note(NOTE_MIDI, midi.getFileName().toString());
        }
        if (!writeStems || music.stems().isEmpty()) return;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < music.stems().size(); i++) {
            GeneratedMusic.Stem stem = music.stems().get(i);
            Path file = context.newOutputFile(run + "-stem-" + (i + 1) + "-" + stem.name().replaceAll("[^A-Za-z0-9]+", "-") + ".wav");
            WavFile.write(file, stem.audio(), GervillRenderer.SAMPLE_RATE);
            result.sideFile(file, "audio/wav", null);
            names.add(file.getFileName().toString());
        }
        result.note(NOTE_STEMS, String.join(", ", names));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** For tests: the selection start as the clip's timeline start. */
    static ExactTime startOf(Job job) {
        return PictureAnalyzer.start(job.selection());
    }
}
