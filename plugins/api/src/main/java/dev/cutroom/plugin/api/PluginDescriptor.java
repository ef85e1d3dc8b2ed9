package dev.cutroom.plugin.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the host knows about a plugin without running it. Plugins ship it as JSON in
 * {@code META-INF/cutroom/plugin.json}; the host parses that file and builds this record, so a plugin
 * that cannot load is still listed with its name and the reason.
 *
 * <pre>{@code
 * { "schema": "CutroomPlugins.1",
 *   "plugins": [ {
 *     "id": "org.example.upscale", "version": "1.2.0", "apiVersion": "1.0",
 *     "name": "Upscale", "description": "Doubles the resolution of a clip",
 *     "entryPoint": "org.example.upscale.UpscalePlugin",
 *     "features": ["cutroom.upscale/1"], "accepts": ["VIDEO_CLIP", "MULTIPLE_CLIPS"],
 *     "models": ["realesr-animevideov3-x2"], "takesInstruction": false,
 *     "parameters": [ { "id": "scale", "type": "INTEGER", "min": 2, "max": 4, "default": 2,
 *                       "unit": "x", "widget": "SPINNER", "label": "Scale" } ] } ] }
 * }</pre>
 *
 * Immutable; any thread.
 *
 * @param id               reverse-DNS id, e.g. {@code org.example.upscale}; stable forever
 * @param version          the plugin's own version (free text, semantic versioning recommended)
 * @param apiVersion       the plugin API version it was built against
 * @param name             display name
 * @param description      one or two sentences for the editor's plugin list
 * @param entryPoint       fully qualified name of the {@link Plugin} class registered for {@link java.util.ServiceLoader}
 * @param features         versioned extension ids it implements
 * @param accepts          the selections it can work on (never empty)
 * @param models           ids of the models it needs; it may open only these through {@link ModelAccess}
 * @param parameters       its parameters, ids unique
 * @param takesInstruction whether it reads a free-text instruction ({@link Job#instruction()})
 */
public record PluginDescriptor(String id, String version, ApiVersion apiVersion, String name, String description,
                               String entryPoint, List<FeatureId> features, Set<SelectionKind> accepts,
                               List<String> models, List<ParameterSpec> parameters, boolean takesInstruction) {
    private static final Pattern REVERSE_DNS = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z0-9_-]+)+");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        if (!REVERSE_DNS.matcher(id).matches()) throw new IllegalArgumentException("plugin id '" + id + "' is not a lower-case reverse-DNS name such as org.example.upscale");
        requireText(version, "version");
        Objects.requireNonNull(apiVersion, "apiVersion");
        requireText(entryPoint, "entryPoint");
        name = name == null || name.isBlank() ? id : name;
        description = description == null ? "" : description;
        features = features == null ? List.of() : List.copyOf(features);
        accepts = accepts == null ? Set.of() : Set.copyOf(accepts);
        if (accepts.isEmpty()) throw new IllegalArgumentException("plugin " + id + " accepts no selection");
        models = models == null ? List.of() : List.copyOf(models);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        long distinct = parameters.stream().map(ParameterSpec::id).distinct().count();
        if (distinct != parameters.size()) throw new IllegalArgumentException("plugin " + id + " has duplicate parameter ids");
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException("descriptor has no " + what);
    }

    /** The parameter with this id, if declared. Any thread. */
    public Optional<ParameterSpec> parameter(String parameterId) {
        return parameters.stream().filter(p -> p.id().equals(parameterId)).findFirst();
    }

    /** Whether it implements this feature (same name and version). Any thread. */
    public boolean hasFeature(FeatureId feature) {
        return features.contains(feature);
    }
}
