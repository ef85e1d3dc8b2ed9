package dev.cutroom.plugin.instruct.plan;

/** What part of a clip an operation changes; the plan view groups by it. */
public enum Category { LOOK, TIME, GEOMETRY, BACKGROUND, TEXT, AUDIO }
