package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParams;
import dev.cutroom.models.onnx.OnnxAttribute;
import java.util.List;

/**
 * Interp to ONNX Resize. ncnn keys: 0 resize type (1 nearest, 2 bilinear, 3 bicubic), 1/2 height and
 * width scale, 3/4 output height and width, 5 take the size from a second input, 6 align corners.
 *
 * <p>Sampling matches ncnn's code: nearest picks {@code floor(x / scale)} (ONNX "asymmetric" +
 * "floor"); bilinear and bicubic use half-pixel centres with edge clamping, bicubic with
 * a = -0.75 (ncnn's {@code interpolate_cubic}), and no antialiasing when shrinking.
 */
final class InterpConverter {

    private InterpConverter() {
    }

    static void interp(NcnnLayer layer, ConversionContext ctx) {
        NcnnParams p = layer.params();
        int type = p.getInt(0, 0);
        boolean alignCorners = p.getInt(6, 0) != 0;
        OnnxAttribute[] attrs = switch (type) {
            case 1 -> new OnnxAttribute[] {
                OnnxAttribute.of("mode", "nearest"),
                OnnxAttribute.of("coordinate_transformation_mode", "asymmetric"),
                OnnxAttribute.of("nearest_mode", "floor")};
            case 2 -> new OnnxAttribute[] {
                OnnxAttribute.of("mode", "linear"),
                OnnxAttribute.of("coordinate_transformation_mode", alignCorners ? "align_corners" : "half_pixel")};
            case 3 -> new OnnxAttribute[] {
                OnnxAttribute.of("mode", "cubic"),
                OnnxAttribute.of("cubic_coeff_a", -0.75f),
                OnnxAttribute.of("exclude_outside", 0L),
                OnnxAttribute.of("coordinate_transformation_mode", alignCorners ? "align_corners" : "half_pixel")};
            default -> throw new UnsupportedLayerException(layer.name() + ": Interp resize type " + type);
        };
        String x = ctx.input(layer, 0);
        var g = ctx.graph();
        int outH = p.getInt(3, 0);
        int outW = p.getInt(4, 0);
        if (p.getInt(5, 0) != 0) {
            // Size of the second input's spatial dims: [N, C] of x followed by [H, W] of the reference.
            String size = g.op("Concat", layer.name() + "_sizes", List.of(
                    leadingDims(layer, ctx, x), spatialDims(layer, ctx, ctx.input(layer, 1))),
                    OnnxAttribute.of("axis", 0L));
            ctx.emit(layer, "Resize", List.of(x, "", "", size), attrs);
        } else if (outH > 0 && outW > 0) {
            String fixed = g.addLongs(layer.name() + "_hw", outH, outW);
            String size = g.op("Concat", layer.name() + "_sizes", List.of(leadingDims(layer, ctx, x), fixed),
                    OnnxAttribute.of("axis", 0L));
            ctx.emit(layer, "Resize", List.of(x, "", "", size), attrs);
        } else {
            float hs = p.getFloat(1, 1f);
            float ws = p.getFloat(2, 1f);
            String scales = g.addFloats(layer.name() + "_scales", new long[] {4}, 1f, 1f, hs, ws);
            ctx.emit(layer, "Resize", List.of(x, "", scales), attrs);
        }
    }

    private static String leadingDims(NcnnLayer layer, ConversionContext ctx, String x) {
        return shapeSlice(layer, ctx, x, 0, 2);
    }

    private static String spatialDims(NcnnLayer layer, ConversionContext ctx, String x) {
        return shapeSlice(layer, ctx, x, 2, 4);
    }

    private static String shapeSlice(NcnnLayer layer, ConversionContext ctx, String x, long start, long end) {
        var g = ctx.graph();
        String shape = g.op("Shape", layer.name() + "_shape", List.of(x));
        return g.op("Slice", layer.name() + "_dims", List.of(shape,
                g.addLongs(layer.name() + "_s", start), g.addLongs(layer.name() + "_e", end)));
    }
}
