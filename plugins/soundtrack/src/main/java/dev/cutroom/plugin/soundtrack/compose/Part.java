package dev.cutroom.plugin.soundtrack.compose;

import java.util.Set;

/**
 * One instrument of the arrangement: its MIDI track (1-based; track 0 is the conductor), channel and roles.
 * Immutable; any thread.
 */
public record Part(Instrument instrument, int track, int channel, Set<Role> roles) {
    public Part {
        roles = Set.copyOf(roles);
    }

    /** Whether it plays this role. Any thread. */
    public boolean plays(Role role) {
        return roles.contains(role);
    }
}
