/**
 * The plugin host: finds plugins ({@link dev.cutroom.plugin.host.discovery.PluginRegistry}), runs their
 * jobs in worker JVMs or in process ({@link dev.cutroom.plugin.host.job.JobRunner}), checks results
 * ({@link dev.cutroom.plugin.host.result.ResultValidator}) and hands them to a
 * {@link dev.cutroom.plugin.host.result.ResultCommitter} that writes them onto the timeline.
 *
 * <p>The timeline side lives in {@code dev.cutroom.plugin.host.project}:
 * {@link dev.cutroom.plugin.host.project.ClipSelection} turns project clips into the API's clip references,
 * {@link dev.cutroom.plugin.host.project.TimelineCommitter} applies a result as one undoable
 * {@code CompoundCommand} through a {@link dev.cutroom.plugin.host.project.ProjectSlot} (a {@code History} in the
 * editor, a holder on the command line), {@link dev.cutroom.plugin.host.project.ProvenanceRecords} writes
 * provenance into takes and sidecar files, and {@link dev.cutroom.plugin.host.project.ExportProvenance} marks
 * exports that contain generated material. Plugin authors: see {@code docs/PLUGINS.md}.
 */
package dev.cutroom.plugin.host;
