package dev.cutroom.plugin.host.worker;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.cutroom.plugin.api.Colour;
import dev.cutroom.plugin.api.Output;
import dev.cutroom.plugin.api.Selection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * JSON for the worker protocol: one {@link WorkerMessage} per line. API records map directly; the API's
 * sealed types get a {@code "kind"} property through mix-ins, since the API itself may not use Jackson.
 * Paths travel as plain text. Unknown properties are ignored so a newer host can talk to an older worker.
 */
public final class WireFormat {
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule("cutroom-wire")
                    .addSerializer(Path.class, ToStringSerializer.instance)
                    .addDeserializer(Path.class, new PathDeserializer()))
            .addMixIn(Selection.class, SelectionMixin.class)
            .addMixIn(Output.class, OutputMixin.class)
            .addMixIn(Colour.class, ColourMixin.class)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(SerializationFeature.INDENT_OUTPUT, false);

    private WireFormat() {}

    /** One line of JSON (no newline inside). */
    public static String toLine(WorkerMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + message.getClass().getSimpleName(), e);
        }
    }

    /** @throws IOException when the line is not a protocol message */
    public static WorkerMessage fromLine(String line) throws IOException {
        return JSON.readValue(line, WorkerMessage.class);
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Selection.Clips.class, name = "clips"),
            @JsonSubTypes.Type(value = Selection.Range.class, name = "range")})
    private interface SelectionMixin { }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({@JsonSubTypes.Type(value = Output.NewTake.class, name = "newTake"),
            @JsonSubTypes.Type(value = Output.NewClip.class, name = "newClip"),
            @JsonSubTypes.Type(value = Output.Split.class, name = "split"),
            @JsonSubTypes.Type(value = Output.SideFile.class, name = "sideFile"),
            @JsonSubTypes.Type(value = Output.Retime.class, name = "retime"),
            @JsonSubTypes.Type(value = Output.Trim.class, name = "trim")})
    private interface OutputMixin { }

    /** Colours travel as {@code #rrggbb}; parameter values are re-bound against the descriptor on arrival. */
    private abstract static class ColourMixin {
        @JsonValue
        @Override
        public abstract String toString();
    }

    private static final class PathDeserializer extends JsonDeserializer<Path> {
        @Override
        public Path deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Path.of(p.getValueAsString());
        }
    }
}
