package dev.cutroom.plugin.api;

/** How the editor should present a parameter; a hint the editor may ignore. */
public enum Widget {
    /** The editor chooses from the type. */
    DEFAULT,
    SLIDER,
    SPINNER,
    CHECKBOX,
    DROPDOWN,
    TEXT_FIELD,
    TEXT_AREA,
    COLOUR_PICKER,
    FILE_CHOOSER
}
