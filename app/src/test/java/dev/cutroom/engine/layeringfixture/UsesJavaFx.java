package dev.cutroom.engine.layeringfixture;

/** A deliberate violation for {@code LayeringTest}: the engine drawing with JavaFX. */
public class UsesJavaFx {
    javafx.scene.Node node;
}
