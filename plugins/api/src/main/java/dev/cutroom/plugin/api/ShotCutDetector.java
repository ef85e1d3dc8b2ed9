package dev.cutroom.plugin.api;

import java.util.List;

/**
 * The host's shot-cut detector (API 1.2), from {@link MediaAccess#shotCutDetector}: feed it the frames you read, in
 * order, then ask for the cuts. It finds hard cuts (a change far above the local motion level, so pans and zooms
 * are not cuts; flashes that return to the old picture are not cuts either) and dissolves. Small frames are
 * enough and fastest: 64 pixels wide is what the host's own analysis uses. Memory stays small whatever the
 * length. Use on the thread that made it.
 */
public interface ShotCutDetector {

    /** Adds the next frame; every frame must have the same size. The frame's array is not kept. */
    void add(RgbFrame frame);

    /** How many frames were added. */
    long frames();

    /** The shot boundaries among the frames added so far, in frame order. */
    List<ShotCut> cuts();
}
