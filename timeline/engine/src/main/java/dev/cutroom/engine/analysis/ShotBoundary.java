package dev.cutroom.engine.analysis;

/**
 * Where one shot ends and the next begins.
 *
 * @param frame    the first frame of the new shot (for a dissolve: its middle frame, where an editor would split)
 * @param kind     a hard cut or a dissolve
 * @param first    a hard cut: {@code frame}; a dissolve: its first blended frame
 * @param last     a hard cut: {@code frame}; a dissolve: its last blended frame
 * @param strength how far above the threshold the change was (1 = just at it), for logs and ranking
 */
public record ShotBoundary(int frame, Kind kind, int first, int last, double strength) {
    public enum Kind { HARD, DISSOLVE }
}
