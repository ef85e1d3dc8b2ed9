package dev.cutroom.timeline.io;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One step of the upgrade chain: turns the JSON tree of a {@code Project.N} file into {@code Project.N+1},
 * in place, before any model object is built. Steps are small and never skip a version, so that a file of any
 * old version reaches the current one by running the steps in order (see {@link Upgraders}).
 */
public interface Upgrader {
    /** The version this step reads; it writes {@code from() + 1}. */
    int from();

    /**
     * Rewrites {@code root} (a {@code Project.from()} tree) into a {@code Project.from()+1} tree. Fields it does not
     * know must be left alone so that they survive as extras.
     *
     * @param source names the file in error messages
     */
    void upgrade(ObjectNode root, String source) throws ProjectFileException;
}
