package dev.cutroom.plugin.api.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: the plugin API leaking a host type. */
public class UsesTheTimeline {
    dev.cutroom.timeline.model.Project project;
}
