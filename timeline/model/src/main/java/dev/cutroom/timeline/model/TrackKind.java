package dev.cutroom.timeline.model;

public enum TrackKind { VIDEO, AUDIO }
