package dev.cutroom.plugin.host.fixtureb;

/** A deliberate violation for {@code LayeringTest}: two host packages using each other. */
public class Pong {
    dev.cutroom.plugin.host.fixturea.Ping ping;
}
