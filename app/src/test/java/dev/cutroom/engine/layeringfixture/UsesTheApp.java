package dev.cutroom.engine.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: a layer below the app using the app. */
public class UsesTheApp {
    dev.cutroom.app.ui.vm.EditorModel editor;
}
