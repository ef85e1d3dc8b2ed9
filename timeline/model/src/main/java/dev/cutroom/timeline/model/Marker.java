package dev.cutroom.timeline.model;

/** A named point or span on the timeline, in timeline frames. */
public record Marker(String id, String name, long frame, long duration, String colour, String note) {}
