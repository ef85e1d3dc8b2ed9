package dev.cutroom.plugin.api;

/**
 * Type of a plugin parameter and the Java type its value has in {@link ParameterValues}.
 */
public enum ParameterType {
    /** A real number: {@link Double}. */
    NUMBER,
    /** A whole number: {@link Long}. */
    INTEGER,
    /** {@link Boolean}. */
    BOOLEAN,
    /** One of {@link ParameterSpec#choices()}: {@link String}. */
    CHOICE,
    /** Free text: {@link String}. */
    TEXT,
    /** An sRGB colour written {@code #rrggbb}: {@link Colour}. */
    COLOUR,
    /** A file path (absolute, as text in JSON): {@link java.nio.file.Path}. */
    FILE
}
