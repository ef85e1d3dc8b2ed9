package dev.cutroom.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code cutroom plugin run dev.cutroom.soundtrack} headless, as a user would run it (the plugin in a worker JVM):
 * the saved project gains a clip on the Music track spanning the selection, the mix, MIDI file and stems exist
 * beside the project, and FFmpeg's own EBU R128 meter finds the mix at the loudness asked for.
 */
class SoundtrackCommandLineTest {
    private static final String SOUNDTRACK = "dev.cutroom.soundtrack";
    @TempDir
    Path dir;

    @Test
    void aSoundtrackRunAddsAMusicClipWithMidiAndStemsAtTheLoudnessTarget() throws Exception {
        CliRun demo = CliRun.of("demo", "-o", dir.resolve("demo").toString());
        assertThat(demo.code()).as(demo.err()).isZero();
        Path project = dir.resolve("demo/demo.cutroom");
        JsonNode before = CliRun.of("project", "info", project.toString(), "--json").json();
        List<String> v1 = new ArrayList<>();
        before.at("/tracks/0/clips").forEach(c -> v1.add(c.get("id").asText()));

        CliRun run = CliRun.of("plugin", "run", SOUNDTRACK, "--project", project.toString(), "--clip", v1.get(0), "--clip", v1.get(1),
                "--instruction", "tense minimal piano and strings, 90 bpm", "--param", "loudness=-20", "--param", "soundfont=builtin");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode result = run.json();

        // the project file gained a clip on a Music track, spanning the two shots
        JsonNode after = CliRun.of("project", "info", project.toString(), "--json").json();
        JsonNode music = null;
        for (JsonNode t : after.get("tracks")) if (t.get("name").asText().equals("Music")) music = t;
        assertThat(music).as(after.toPrettyString()).isNotNull();
        String musicClipId = music.at("/clips/0/id").asText();
        assertThat(music.get("clips")).hasSize(1);
        assertThat(result.get("newClipIds")).anySatisfy(id -> assertThat(id.asText()).isEqualTo(musicClipId));

        // the mix, the MIDI file and the stems lie beside the project
        Path generated = project.resolveSibling("generated").resolve(SOUNDTRACK);
        List<Path> files;
        try (var list = Files.list(generated)) {
            files = list.sorted().toList();
        }
        Path mix = files.stream().filter(p -> p.toString().endsWith(".wav") && !p.getFileName().toString().contains("-stem-")).findFirst().orElseThrow();
        assertThat(files).anySatisfy(p -> assertThat(p.toString()).endsWith(".mid"));
        assertThat(files.stream().filter(p -> p.getFileName().toString().contains("-stem-"))).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(p -> assertThat(Files.size(p)).isGreaterThan(1000));
        assertThat(result.get("sideFiles").size()).isGreaterThanOrEqualTo(3);
        assertThat(files).anySatisfy(p -> assertThat(p.toString()).endsWith(".wav.provenance.json"));

        // loudness, measured independently by FFmpeg's ebur128 filter
        assertThat(integratedLoudness(mix)).isCloseTo(-20.0, within(0.5));
    }

    /** Integrated loudness (LUFS) of a file by the ffmpeg program that comes with JavaCV's FFmpeg build. */
    private static double integratedLoudness(Path file) throws Exception {
        String ffmpeg = Loader.load(org.bytedeco.ffmpeg.ffmpeg.class);
        Process p = new ProcessBuilder(ffmpeg, "-hide_banner", "-nostats", "-i", file.toString(), "-af", "ebur128", "-f", "null", "-")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Matcher m = Pattern.compile("Integrated loudness:\\s*\\n\\s*I:\\s*(-?[0-9.]+) LUFS").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
