package dev.cutroom.engine.render;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Says once per kind and process that transitions of a kind the renderer cannot draw play as cuts: the
 * editor opens a renderer for every preview, and an export must not fail over a transition it cannot draw.
 */
final class UnsupportedTransitions {
    private static final System.Logger LOG = System.getLogger(TimelineRenderer.class.getName());
    private static final Set<String> REPORTED = ConcurrentHashMap.newKeySet();

    private UnsupportedTransitions() {}

    static void report(String kind) {
        if (REPORTED.add(String.valueOf(kind))) {
            LOG.log(System.Logger.Level.WARNING, "transitions of kind ''{0}'' cannot be rendered yet; they play as cuts", kind);
        }
    }

    /** Whether {@code kind} was reported (for tests). */
    static boolean wasReported(String kind) {
        return REPORTED.contains(String.valueOf(kind));
    }
}
