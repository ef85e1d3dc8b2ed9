package dev.cutroom.timeline.model;

/**
 * A transition centred on the cut between two adjacent clips of a track (schema room; rendering comes later).
 *
 * @param kind     e.g. "cross_dissolve"
 * @param cutFrame timeline frame of the cut
 * @param inOffset frames before the cut, {@code outOffset} frames after it
 */
public record Transition(String id, String kind, long cutFrame, long inOffset, long outOffset) {}
