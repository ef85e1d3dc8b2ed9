package dev.cutroom.app.drill;

import java.nio.file.Path;

/** A reliability drill: runs {@code trials} trials in {@code work} (a scratch folder it may fill) and reports. */
public interface Drill {
    /** Short name for {@code cutroom drill --only NAME}. */
    String name();

    /** One line: what is done and what is checked. */
    String description();

    /** The number of trials {@code cutroom drill} runs by default. */
    int defaultTrials();

    DrillResult run(int trials, Path work) throws Exception;
}
