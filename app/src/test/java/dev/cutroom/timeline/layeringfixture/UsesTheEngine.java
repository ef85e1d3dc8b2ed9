package dev.cutroom.timeline.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: the timeline reaching into the engine. */
public class UsesTheEngine {
    Object probe() { return dev.cutroom.engine.MediaProbe.class; }
    dev.cutroom.engine.MediaResolver resolver;
}
