package dev.cutroom.timeline.model;

/**
 * One entry of the project's media bin.
 *
 * @param id    stable id that clips and takes refer to
 * @param path  file path as written in the project: relative to the project file where possible
 * @param info  probe result, or null when probing failed or has not happened
 * @param error why probing failed (shown to the user), or null
 */
public record MediaItem(String id, String path, MediaInfo info, String error) {
    public static MediaItem probed(String id, String path, MediaInfo info) { return new MediaItem(id, path, info, null); }

    public static MediaItem failed(String id, String path, String error) { return new MediaItem(id, path, null, error); }

    public boolean isUsable() { return info != null && error == null; }

    public MediaItem withPath(String newPath) { return new MediaItem(id, newPath, info, error); }
}
