package dev.cutroom.plugin.upscale.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: a plugin decoding through the host's engine instead of the API. */
public class UsesTheEngine {
    dev.cutroom.engine.MediaResolver resolver;
}
