package dev.cutroom.plugin.soundtrack.generate;

import dev.cutroom.plugin.soundtrack.analysis.PictureAnalysis;
import dev.cutroom.plugin.soundtrack.prompt.Prompt;

/**
 * What any generator gets: the picture, the prompt and the user's choices. Immutable; any thread.
 *
 * @param section          {from, to} seconds of the selection to regenerate (the rest kept), or null for all of it
 * @param sectionVariation which new take of that section
 * @param loudnessTarget   integrated loudness of the mix, LUFS
 * @param soundfont        General MIDI sounds to use where a generator renders MIDI ("auto", a name, "builtin")
 */
public record MusicRequest(PictureAnalysis picture, Prompt prompt, long seed, long variation, double[] section, long sectionVariation,
                           double fadeIn, double fadeOut, double loudnessTarget, String soundfont) {}
