package dev.cutroom.plugin.host.result;

import java.util.List;

/**
 * What committing a job did to the project.
 *
 * @param editLabel  the undo entry's label, e.g. "Upscale x2 (2 clips)"
 * @param createdIds ids of the takes, clips and tracks the edit created
 */
public record CommitReceipt(String editLabel, List<String> createdIds) {
    public CommitReceipt {
        createdIds = List.copyOf(createdIds);
    }
}
