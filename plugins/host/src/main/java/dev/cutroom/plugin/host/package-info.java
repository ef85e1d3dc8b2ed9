/**
 * The plugin host: finds plugins ({@link dev.cutroom.plugin.host.discovery.PluginRegistry}), runs their
 * jobs in worker JVMs or in process ({@link dev.cutroom.plugin.host.job.JobRunner}), checks results
 * ({@link dev.cutroom.plugin.host.result.ResultValidator}) and hands them to a
 * {@link dev.cutroom.plugin.host.result.ResultCommitter} that writes them onto the timeline.
 */
package dev.cutroom.plugin.host;
