package dev.cutroom.plugin.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a job produced. Immutable; any thread. Build one with {@link #builder()}.
 *
 * @param outputs    new takes, new clips, splits and side files, applied together as one undoable edit
 * @param provenance what to record beyond the host's own provenance
 * @param summary    one line for the user, e.g. "Found 3 shot changes"
 */
public record JobResult(List<Output> outputs, ProvenanceNote provenance, String summary) {
    public JobResult {
        outputs = outputs == null ? List.of() : List.copyOf(outputs);
        provenance = provenance == null ? ProvenanceNote.NONE : provenance;
        summary = summary == null ? "" : summary;
    }

    /** The outputs of one kind, in order. Any thread. */
    public <T extends Output> List<T> outputs(Class<T> kind) {
        return outputs.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** A new builder. Any thread. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects outputs; use on one thread. */
    public static final class Builder {
        private final List<Output> outputs = new ArrayList<>();
        private final List<ModelInfo> models = new ArrayList<>();
        private final Map<String, String> notes = new LinkedHashMap<>();
        private String summary = "";

        private Builder() {}

        /** Adds a new take on an input clip. Builder's thread. */
        public Builder newTake(String clipId, java.nio.file.Path file, String label) {
            return add(new Output.NewTake(clipId, file, label));
        }

        /** Adds a new clip. Builder's thread. */
        public Builder newClip(TrackTarget track, ExactTime timelineStart, java.nio.file.Path file, String name) {
            return add(new Output.NewClip(track, timelineStart, file, null, name));
        }

        /** Adds split points on an input clip. Builder's thread. */
        public Builder split(String clipId, List<ExactTime> atSource) {
            return add(new Output.Split(clipId, atSource));
        }

        /** Adds a side file. Builder's thread. */
        public Builder sideFile(java.nio.file.Path file, String mediaType, String clipId) {
            return add(new Output.SideFile(file, mediaType, clipId));
        }

        /** Changes a clip's speed (API 1.1). Builder's thread. */
        public Builder retime(String clipId, double speed) {
            return add(new Output.Retime(clipId, speed));
        }

        /** Keeps only part of a clip (API 1.1). Builder's thread. */
        public Builder trim(String clipId, TimeSpan sourceRange) {
            return add(new Output.Trim(clipId, sourceRange));
        }

        /** Adds any output. Builder's thread. */
        public Builder add(Output output) {
            outputs.add(java.util.Objects.requireNonNull(output, "output"));
            return this;
        }

        /** Records a model used outside {@link ModelAccess}. Builder's thread. */
        public Builder model(ModelInfo model) {
            models.add(model);
            return this;
        }

        /** Records a fact in provenance. Builder's thread. */
        public Builder note(String key, String value) {
            notes.put(key, value);
            return this;
        }

        /** Sets the line shown to the user. Builder's thread. */
        public Builder summary(String text) {
            summary = text;
            return this;
        }

        /** The result. Builder's thread. */
        public JobResult build() {
            return new JobResult(outputs, new ProvenanceNote(models, notes), summary);
        }
    }
}
