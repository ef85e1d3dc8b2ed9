package dev.cutroom.plugin.host.fixturea;

/** A deliberate violation for {@code LayeringTest}: two host packages using each other. */
public class Ping {
    dev.cutroom.plugin.host.fixtureb.Pong pong;
}
