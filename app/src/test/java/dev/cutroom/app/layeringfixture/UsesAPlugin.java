package dev.cutroom.app.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: the app using a plugin's own class. */
public class UsesAPlugin {
    dev.cutroom.plugin.instruct.InstructPlugin plugin;
}
