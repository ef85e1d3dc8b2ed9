package dev.cutroom.plugin.host.result;

import dev.cutroom.timeline.model.Provenance;
import java.nio.file.Path;
import java.util.List;

/**
 * What committing a job did to the project.
 *
 * @param editLabel  the undo entry's label, e.g. "Upscale x2 (2 clips)"
 * @param createdIds ids of the takes, clips, tracks and media the edit created
 * @param items      what each output became, in the order of the job's outputs (empty when the committer does not say)
 */
public record CommitReceipt(String editLabel, List<String> createdIds, List<Item> items) {
    public CommitReceipt {
        createdIds = List.copyOf(createdIds);
        items = items == null ? List.of() : List.copyOf(items);
    }

    public CommitReceipt(String editLabel, List<String> createdIds) {
        this(editLabel, createdIds, List.of());
    }

    /** The kinds of {@link Item}. */
    public enum Kind { TAKE, CLIP, SPLIT, SIDE_FILE, RETIME, TRIM }

    /**
     * One committed output.
     *
     * @param kind           what it became
     * @param clipId         the input clip it belongs to (the new clip's id for {@link Kind#CLIP}), or null
     * @param createdIds     ids it created: the take id, the clip id, or the clip ids of the pieces after a split
     * @param file           where its file now lies (beside the project), or null for a split, retime or trim
     * @param provenanceFile the sidecar JSON beside {@code file}, or null
     * @param provenance     what the project records for a generated take (the same record for a retime or trim), or null
     */
    public record Item(Kind kind, String clipId, List<String> createdIds, Path file, Path provenanceFile, Provenance provenance) {
        public Item {
            createdIds = createdIds == null ? List.of() : List.copyOf(createdIds);
        }
    }
}
