package dev.cutroom.models.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: models knowing the timeline. */
public class UsesTheTimeline {
    dev.cutroom.timeline.model.Project project;
}
