/**
 * The typed, versioned extensions Cutroom defines for plugins, each found by its feature id (see
 * {@link dev.cutroom.plugin.api.Extension}): {@code cutroom.estimate/1} ({@link dev.cutroom.plugin.api.ext.EstimateExtension}),
 * {@code cutroom.plan-preview/1} ({@link dev.cutroom.plugin.api.ext.PlanPreviewExtension}) and
 * {@code cutroom.take-panel/1} ({@link dev.cutroom.plugin.api.ext.TakePanel}). Built-in plugins use these and
 * nothing else, so an outside plugin can do all that they do. Since API 1.2.
 */
package dev.cutroom.plugin.api.ext;
