package dev.cutroom.plugin.api;

/**
 * Where one shot ends and the next begins, as found by a {@link ShotCutDetector} (API 1.2). Frame numbers count
 * the frames given to the detector, from 0. Immutable; any thread.
 *
 * @param frame     the first frame of the new shot; for a dissolve its middle frame, where an editor would split
 * @param dissolve  true for a dissolve (a gradual mix of two shots), false for a hard cut
 * @param first     a hard cut: {@code frame}; a dissolve: its first mixed frame
 * @param last      a hard cut: {@code frame}; a dissolve: its last mixed frame
 * @param strength  how far above the detection threshold the change was (1 is just at it), for logs
 */
public record ShotCut(long frame, boolean dissolve, long first, long last, double strength) {}
