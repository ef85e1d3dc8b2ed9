package dev.cutroom.plugin.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.ExactTime;
import dev.cutroom.plugin.api.Fps;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobResult;
import dev.cutroom.plugin.api.ModelInfo;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.TimeSpan;
import dev.cutroom.plugin.api.TrackTarget;
import dev.cutroom.plugin.host.worker.WireFormat;
import dev.cutroom.plugin.host.worker.WorkerMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void aStartMessageSurvivesTheTripOnOneLine() throws Exception {
        ClipRef clip = new ClipRef("c1", "t1", Path.of("/media/a b.mp4"), new TimeSpan(ExactTime.of(1001, 30000), ExactTime.of(3, 2)),
                ExactTime.seconds(4), new Fps(30000, 1001), 1920, 1080, 48000, 2, 0.5);
        Job job = new Job(new Selection.Clips(List.of(clip)), ParameterValues.of("scale", 2L, "tint", new Colour(255, 0, 16)), "warmer");
        var start = new WorkerMessage.Start(1, "job-1", "org.example.x", "classpath", job, "/tmp/w");

        String line = WireFormat.toLine(start);
        assertThat(line).doesNotContain("\n").contains("\"type\":\"start\"").contains("\"kind\":\"clips\"").contains("#ff0010");
        var back = (WorkerMessage.Start) WireFormat.fromLine(line);
        assertThat(back.job().selection()).isEqualTo(job.selection());
        assertThat(back.job().instruction()).isEqualTo("warmer");
        // values arrive as JSON types; the worker binds them to their Java types with the descriptor
        assertThat(back.job().parameters().values()).containsEntry("tint", "#ff0010");
        assertThat(back.job().parameters().integer("scale")).isEqualTo(2);
    }

    @Test
    void everyKindOfOutputSurvivesTheTrip() throws Exception {
        JobResult result = JobResult.builder()
                .newTake("c1", Path.of("/out/take.mp4"), "Upscaled")
                .add(new Output.NewClip(TrackTarget.newTrack("Music"), ExactTime.of(5, 2), Path.of("/out/m.m4a"),
                        new TimeSpan(ExactTime.ZERO, ExactTime.seconds(3)), "Score"))
                .split("c1", List.of(ExactTime.of(1, 3), ExactTime.of(2, 3)))
                .sideFile(Path.of("/out/subs.vtt"), "text/vtt", "c1")
                .retime("c1", 0.5)
                .trim("c1", new TimeSpan(ExactTime.of(1001, 30000), ExactTime.of(3, 2)))
                .model(new ModelInfo("m", "1", "abc"))
                .note("seed", "7")
                .summary("done")
                .build();
        var back = (WorkerMessage.Result) WireFormat.fromLine(WireFormat.toLine(new WorkerMessage.Result(result)));
        assertThat(back.result()).isEqualTo(result);
        assertThat(WireFormat.toLine(new WorkerMessage.Result(result))).contains("\"kind\":\"retime\"").contains("\"kind\":\"trim\"");
    }
}
