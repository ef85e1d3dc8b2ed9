package dev.cutroom.plugin.host.binding;

import dev.cutroom.plugin.api.ClipKind;
import dev.cutroom.plugin.api.ClipRef;
import dev.cutroom.plugin.api.FeatureId;
import dev.cutroom.plugin.api.Job;
import dev.cutroom.plugin.api.JobPurpose;
import dev.cutroom.plugin.api.ext.EstimateExtension;
import dev.cutroom.plugin.api.ext.PlanPreviewExtension;
import dev.cutroom.plugin.api.ParameterSpec;
import dev.cutroom.plugin.api.ParameterValues;
import dev.cutroom.plugin.api.PluginDescriptor;
import dev.cutroom.plugin.api.Selection;
import dev.cutroom.plugin.api.SelectionKind;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a job against a plugin's descriptor before anything runs: the selection is one it accepts, every
 * parameter is declared and valid, defaults are filled in, and an instruction goes only to plugins that
 * take one. The plugin then reads values without checking them.
 */
public final class JobBinder {
    private JobBinder() {}

    /**
     * @return the job with parameters converted to their Java types and defaults added
     * @throws IllegalArgumentException with a message for the user when the job does not fit the plugin
     */
    public static Job bind(PluginDescriptor plugin, Job job) {
        checkSelection(plugin, job.selection());
        if (!job.instruction().isBlank() && !plugin.takesInstruction()) {
            throw new IllegalArgumentException(plugin.id() + " takes no text instruction");
        }
        checkPurpose(plugin, job.purpose());
        return new Job(job.selection(), bindParameters(plugin, job.parameters()), job.instruction(), job.purpose());
    }

    /** A question to an extension goes only to a plugin that declares that extension's feature. */
    private static void checkPurpose(PluginDescriptor plugin, JobPurpose purpose) {
        FeatureId needed = switch (purpose) {
            case RUN -> null;
            case ESTIMATE -> EstimateExtension.EXTENSION.feature();
            case PREVIEW_PLAN, APPLY_PLAN -> PlanPreviewExtension.EXTENSION.feature();
        };
        if (needed != null && !plugin.hasFeature(needed)) {
            throw new IllegalArgumentException(plugin.id() + " does not offer " + needed + ", so it cannot answer " + switch (purpose) {
                case ESTIMATE -> "an estimate";
                default -> "a plan preview";
            });
        }
    }

    static ParameterValues bindParameters(PluginDescriptor plugin, ParameterValues given) {
        for (String id : given.values().keySet()) {
            if (plugin.parameter(id).isEmpty()) {
                throw new IllegalArgumentException(plugin.id() + " has no parameter '" + id + "'; it has "
                        + plugin.parameters().stream().map(ParameterSpec::id).toList());
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (ParameterSpec spec : plugin.parameters()) {
            Object value = given.values().get(spec.id());
            values.put(spec.id(), fromCallersFolder(value == null ? spec.defaultValue() : spec.coerce(value)));
        }
        return new ParameterValues(values);
    }

    /**
     * A relative FILE value is the caller's (a command line's working folder), not the worker's: made absolute here,
     * in the caller's JVM, before the job travels. An empty path means "no file" (an optional FILE parameter has
     * {@code "default": ""}) and stays empty.
     */
    private static Object fromCallersFolder(Object value) {
        return value instanceof java.nio.file.Path p && !p.toString().isEmpty() && !p.isAbsolute() ? p.toAbsolutePath() : value;
    }

    private static void checkSelection(PluginDescriptor plugin, Selection selection) {
        Set<SelectionKind> accepts = plugin.accepts();
        switch (selection) {
            case Selection.Clips clips -> {
                if (clips.clips().size() > 1 && !accepts.contains(SelectionKind.MULTIPLE_CLIPS)) {
                    throw new IllegalArgumentException(plugin.name() + " works on one clip at a time; " + clips.clips().size() + " are selected");
                }
                for (ClipRef clip : clips.clips()) {
                    // by the clip's track, not its file: the sound of a video file is an audio clip
                    SelectionKind needed = clip.kind() == ClipKind.VIDEO ? SelectionKind.VIDEO_CLIP : SelectionKind.AUDIO_CLIP;
                    if (!accepts.contains(needed)) {
                        throw new IllegalArgumentException(plugin.name() + " cannot work on clip " + clip.clipId() + ": it is "
                                + (clip.kind() == ClipKind.VIDEO ? "a video" : "an audio") + " clip, and the plugin accepts " + accepts);
                    }
                    boolean usable = clip.kind() == ClipKind.VIDEO ? clip.hasVideo() : clip.hasAudio();
                    if (!usable) throw new IllegalArgumentException(plugin.name() + " cannot work on clip " + clip.clipId() + ": its media has no "
                            + (clip.kind() == ClipKind.VIDEO ? "picture" : "sound"));
                }
            }
            case Selection.Range range -> {
                boolean ok = accepts.contains(SelectionKind.RANGE) || range.wholeTimeline() && accepts.contains(SelectionKind.TIMELINE);
                if (!ok) throw new IllegalArgumentException(plugin.name() + " does not work on a timeline range (accepts " + accepts + ")");
            }
        }
    }
}
