package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.onnx.OnnxAttribute;
import dev.cutroom.models.onnx.OnnxGraphBuilder;
import java.util.List;

/**
 * RIFE's custom {@code rife.Warp} layer: a backward warp of image {@code [N,C,H,W]} by flow
 * {@code [N,2,H,W]} (x then y, in pixels), sampling bilinearly at {@code (x + fx, y + fy)} with
 * coordinates clamped to the border (rife-ncnn-vulkan's warp.cpp).
 *
 * <p>ONNX GridSample with align_corners=1 and border padding does the same once pixel coordinates
 * are normalised: {@code g = 2 (x + fx) / (W - 1) - 1}. H and W are read from the flow at run time so
 * the model keeps symbolic sizes.
 */
final class WarpConverter {

    private WarpConverter() {
    }

    static void warp(NcnnLayer layer, ConversionContext ctx) {
        OnnxGraphBuilder g = ctx.graph();
        String n = layer.name();
        String image = ctx.input(layer, 0);
        String flow = ctx.input(layer, 1);

        String shape = g.op("Shape", n + "_shape", List.of(flow));
        String gx = normalisedAxis(g, n + "_x", flow, shape, 0, 3, false);
        String gy = normalisedAxis(g, n + "_y", flow, shape, 1, 2, true);
        String grid = g.op("Concat", n + "_grid", List.of(
                g.op("Unsqueeze", n + "_gx", List.of(gx, g.addLongs(n + "_ax", -1))),
                g.op("Unsqueeze", n + "_gy", List.of(gy, g.addLongs(n + "_ay", -1)))),
                OnnxAttribute.of("axis", -1L));
        ctx.emit(layer, "GridSample", List.of(image, grid),
                OnnxAttribute.of("mode", "bilinear"),
                OnnxAttribute.of("padding_mode", "border"),
                OnnxAttribute.of("align_corners", 1L));
    }

    /**
     * @return {@code 2 (i + flow[:, channel]) / (size - 1) - 1} as {@code [N,H,W]}, where {@code i}
     *     runs along the width ({@code column = false}) or down the height ({@code column = true})
     */
    private static String normalisedAxis(OnnxGraphBuilder g, String n, String flow, String shape,
                                         long channel, long dim, boolean column) {
        String size = g.op("Cast", n + "_size", List.of(g.op("Slice", n + "_dim", List.of(shape,
                        g.addLongs(n + "_d0", dim), g.addLongs(n + "_d1", dim + 1)))),
                OnnxAttribute.of("to", 1L));
        String sizeScalar = g.op("Squeeze", n + "_size_scalar", List.of(size, g.addLongs(n + "_sq", 0)));
        String index = g.op("Range", n + "_range", List.of(
                g.addFloats(n + "_zero", new long[0], 0f), sizeScalar, g.addFloats(n + "_one", new long[0], 1f)));
        if (column) {
            index = g.op("Unsqueeze", n + "_col", List.of(index, g.addLongs(n + "_ac", 1)));
        }
        String f = g.op("Slice", n + "_flow", List.of(flow, g.addLongs(n + "_c0", channel),
                g.addLongs(n + "_c1", channel + 1), g.addLongs(n + "_caxis", 1)));
        String f3 = g.op("Squeeze", n + "_flow3", List.of(f, g.addLongs(n + "_fax", 1)));
        String pos = g.op("Add", n + "_pos", List.of(f3, index));
        String denom = g.op("Sub", n + "_denom", List.of(size, g.addFloats(n + "_1", new long[0], 1f)));
        String scale = g.op("Div", n + "_scale", List.of(g.addFloats(n + "_2", new long[0], 2f), denom));
        return g.op("Sub", n + "_norm", List.of(g.op("Mul", n + "_scaled", List.of(pos, scale)),
                g.addFloats(n + "_m1", new long[0], 1f)));
    }
}
