package dev.cutroom.plugin.host.worker;

import java.util.ArrayDeque;
import java.util.Deque;

/** The last few lines of a stream, for failure messages. Thread-safe. */
final class LineTail {
    private final int capacity;
    private final Deque<String> lines = new ArrayDeque<>();

    LineTail(int capacity) {
        this.capacity = capacity;
    }

    synchronized void add(String line) {
        if (lines.size() == capacity) lines.removeFirst();
        lines.addLast(line);
    }

    synchronized boolean contains(String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    /** The last line that starts with {@code prefix}, or null. */
    synchronized String lastStartingWith(String prefix) {
        String found = null;
        for (String l : lines) if (l.startsWith(prefix)) found = l;
        return found;
    }

    synchronized String text() {
        return String.join("\n", lines);
    }
}
