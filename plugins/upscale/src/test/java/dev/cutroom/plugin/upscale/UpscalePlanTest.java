package dev.cutroom.plugin.upscale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cutroom.plugin.api.ParameterValues;
import org.junit.jupiter.api.Test;

/** Scale and target-height arithmetic. */
class UpscalePlanTest {

    @Test
    void aScaleMultipliesBothSidesAndPicksThatModel() {
        UpscalePlan p = UpscalePlan.of(ParameterValues.of("scale", "3", "mode", "animation"), 640, 360);
        assertThat(p.width()).isEqualTo(1920);
        assertThat(p.height()).isEqualTo(1080);
        assertThat(p.modelId()).isEqualTo("realesr-animevideov3-x3");
        assertThat(p.needsResize()).isFalse();
        assertThat(p.label(false)).isEqualTo("Upscaled x3 (animation)");
    }

    @Test
    void enhancePhotoAlwaysRunsTheX4PhotoModelThenResizesToTheAskedScale() {
        UpscalePlan p = UpscalePlan.of(ParameterValues.of("scale", "2", "mode", "enhance-photo"), 640, 360);
        assertThat(p.mode()).isEqualTo(UpscalePlan.Mode.ENHANCE_PHOTO);
        assertThat(p.mode().id()).isEqualTo("enhance-photo");
        assertThat(p.modelId()).isEqualTo("realesrgan-x4plus");
        assertThat(p.modelScale()).isEqualTo(4);
        assertThat(p.width()).isEqualTo(1280);
        assertThat(p.needsResize()).isTrue();
        assertThat(p.receptiveRadius()).isEqualTo(32);
        assertThat(p.temporalSmoothing()).isEqualTo(UpscalePlan.DEFAULT_SMOOTHING);
        UpscalePlan x4 = UpscalePlan.of(ParameterValues.of("scale", "4", "mode", "enhance-photo"), 640, 360);
        assertThat(x4.needsResize()).isFalse();
        assertThat(x4.label(false)).isEqualTo("Upscaled x4 (enhance-photo)");
    }

    @Test
    void oddResultsAreRoundedToEvenAndThenNeedALanczosPass() {
        UpscalePlan p = UpscalePlan.of(ParameterValues.of("scale", "3"), 33, 25);
        assertThat(p.width()).isEqualTo(100); // 99 -> nearest even
        assertThat(p.height()).isEqualTo(76); // 75 -> 76
        assertThat(p.needsResize()).isTrue();
    }

    @Test
    void aTargetHeightPicksTheSmallestModelScaleThatReachesItThenResizesExactly() {
        // 360 -> 720 is exactly x2
        UpscalePlan a = UpscalePlan.of(ParameterValues.of("targetHeight", "720", "scale", "4"), 640, 360);
        assertThat(a.modelScale()).isEqualTo(2);
        assertThat(a.width()).isEqualTo(1280);
        assertThat(a.height()).isEqualTo(720);
        assertThat(a.needsResize()).isFalse();
        assertThat(a.label(true)).isEqualTo("Upscaled to 720p (camera)");
        // 480 -> 1080 needs x2.25: the x3 model, then Lanczos down to 1920x1080
        UpscalePlan b = UpscalePlan.of(ParameterValues.of("targetHeight", "1080"), 854, 480);
        assertThat(b.modelScale()).isEqualTo(3);
        assertThat(b.width()).isEqualTo(1922); // 854 * 2.25 = 1921.5 -> even
        assertThat(b.height()).isEqualTo(1080);
        assertThat(b.needsResize()).isTrue();
        // 360 -> 1080 is exactly x3
        assertThat(UpscalePlan.of(ParameterValues.of("targetHeight", "1080"), 640, 360).modelScale()).isEqualTo(3);
        // 240 -> 2160 needs x9: the largest model (x4), then Lanczos the rest
        UpscalePlan c = UpscalePlan.of(ParameterValues.of("targetHeight", "2160"), 320, 240);
        assertThat(c.modelScale()).isEqualTo(4);
        assertThat(c.width()).isEqualTo(2880);
        assertThat(c.height()).isEqualTo(2160);
        // 1080 -> 720 is a reduction: x2 then Lanczos down (still the filters' look)
        assertThat(UpscalePlan.of(ParameterValues.of("targetHeight", "720"), 1920, 1080).modelScale()).isEqualTo(2);
        assertThat(UpscalePlan.modelScaleFor(2.0000000001)).isEqualTo(2);
        assertThat(UpscalePlan.modelScaleFor(3.01)).isEqualTo(4);
    }

    @Test
    void fidelityModeTurnsTemporalSmoothingOffAndAlwaysResamples() {
        UpscalePlan p = UpscalePlan.of(ParameterValues.of("mode", "fidelity", "temporalSmoothing", 0.9), 32, 24);
        assertThat(p.temporalSmoothing()).isZero();
        assertThat(p.needsResize()).isTrue();
        assertThat(p.notes()).containsEntry("mode", "fidelity").containsEntry("resampler", "lanczos3").doesNotContainKey("modelScale");
    }

    @Test
    void cameraIsTheDefaultModeAndNeedsNoNetwork() {
        UpscalePlan p = UpscalePlan.of(ParameterValues.of("scale", "4"), 640, 360);
        assertThat(p.mode()).isEqualTo(UpscalePlan.Mode.CAMERA).isEqualTo(UpscalePlan.Mode.DEFAULT);
        assertThat(p.mode().usesModel()).isFalse();
        assertThat(p.modelId()).isNull();
        assertThat(p.modelScale()).isEqualTo(4);
        assertThat(p.needsResize()).isFalse();
        assertThat(p.temporalSmoothing()).isEqualTo(UpscalePlan.DEFAULT_SMOOTHING);
        assertThat(p.label(false)).isEqualTo("Upscaled x4 (camera)");
        assertThat(p.notes()).containsEntry("mode", "camera").containsEntry("filters", "camera-x4 sha256:" + FilterBank.SHIPPED_SHA256.get(4))
                .doesNotContainKey("modelScale");
    }

    @Test
    void theAnimationModelRunsOnlyWhenAskedFor() {
        for (String asked : new String[] {"animation", " Animation "}) {
            UpscalePlan p = UpscalePlan.of(ParameterValues.of("mode", asked), 640, 360);
            assertThat(p.mode()).as(asked).isEqualTo(UpscalePlan.Mode.ANIMATION);
            assertThat(p.modelId()).isEqualTo("realesr-animevideov3-x2");
        }
        for (UpscalePlan.Mode m : UpscalePlan.Mode.values()) {
            assertThat(UpscalePlan.of(ParameterValues.of("mode", m.id()), 64, 48).mode()).isEqualTo(m);
        }
        assertThat(UpscalePlan.Mode.DEFAULT).isNotEqualTo(UpscalePlan.Mode.ANIMATION);
        assertThatThrownBy(() -> UpscalePlan.of(ParameterValues.of("mode", "enhance"), 64, 48)).hasMessageContaining("use camera, animation");
    }

    @Test
    void badValuesAreRefused() {
        assertThatThrownBy(() -> UpscalePlan.of(ParameterValues.of("scale", "5"), 32, 24)).hasMessageContaining("2, 3 or 4");
        assertThatThrownBy(() -> UpscalePlan.of(ParameterValues.of("mode", "dream"), 32, 24)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown upscale mode 'dream': use camera, animation, enhance-photo or fidelity");
    }
}
