package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParams;
import dev.cutroom.models.onnx.OnnxAttribute;
import java.util.ArrayList;
import java.util.List;

/** Layers that move data without arithmetic: Split, Concat, Crop and PixelShuffle. */
final class ShapeConverters {

    /** ncnn's "up to the end" marker in Crop's ends array. */
    private static final int CROP_TO_END = -233;

    private ShapeConverters() {
    }

    /** Split copies one blob to several: in ONNX all outputs simply name the same value. */
    static void split(NcnnLayer layer, ConversionContext ctx) {
        String x = ctx.input(layer, 0);
        for (int i = 0; i < layer.outputs().size(); i++) {
            ctx.bind(layer, i, x);
        }
    }

    /** Concat: key 0 axis (ncnn CHW axis, default 0 = channels). */
    static void concat(NcnnLayer layer, ConversionContext ctx) {
        long axis = onnxAxis(layer.params().getInt(0, 0));
        ctx.emit(layer, "Concat", ctx.inputs(layer), OnnxAttribute.of("axis", axis));
    }

    /** PixelShuffle: key 0 upscale factor, key 1 mode (0 = PyTorch order = ONNX CRD, 1 = DCR). */
    static void pixelShuffle(NcnnLayer layer, ConversionContext ctx) {
        int factor = layer.params().getInt(0, 1);
        String mode = layer.params().getInt(1, 0) == 0 ? "CRD" : "DCR";
        ctx.emit(layer, "DepthToSpace", List.of(ctx.input(layer, 0)),
                OnnxAttribute.of("blocksize", (long) factor), OnnxAttribute.of("mode", mode));
    }

    /**
     * Crop with the slice form (keys 9 starts, 10 ends, 11 axes, as onnx2ncnn and pnnx write) or the
     * offset form (0/1/2 w/h/c offsets, 3/4/5 out w/h/c, 6/7/8 w/h/c offsets from the far end).
     * Both become an ONNX Slice. Assumes CHW blobs.
     */
    static void crop(NcnnLayer layer, ConversionContext ctx) {
        if (layer.inputs().size() != 1) {
            throw new UnsupportedLayerException(layer.name() + ": Crop to a reference blob's size");
        }
        NcnnParams p = layer.params();
        List<long[]> slices = p.has(9) ? sliceForm(p) : offsetForm(p);
        long[] starts = new long[slices.size()];
        long[] ends = new long[slices.size()];
        long[] axes = new long[slices.size()];
        for (int i = 0; i < slices.size(); i++) {
            axes[i] = slices.get(i)[0];
            starts[i] = slices.get(i)[1];
            ends[i] = slices.get(i)[2];
        }
        var g = ctx.graph();
        ctx.emit(layer, "Slice", List.of(ctx.input(layer, 0), g.addLongs(layer.name() + "_starts", starts),
                g.addLongs(layer.name() + "_ends", ends), g.addLongs(layer.name() + "_axes", axes)));
    }

    private static List<long[]> sliceForm(NcnnParams p) {
        int[] starts = p.getInts(9);
        int[] ends = p.getInts(10);
        int[] axes = p.has(11) ? p.getInts(11) : java.util.stream.IntStream.range(0, starts.length).toArray();
        if (starts.length != ends.length || starts.length != axes.length) {
            throw new UnsupportedLayerException("Crop: starts/ends/axes of different lengths " + p);
        }
        List<long[]> out = new ArrayList<>();
        for (int i = 0; i < starts.length; i++) {
            long end = ends[i] == CROP_TO_END ? Long.MAX_VALUE : ends[i];
            out.add(new long[] {onnxAxis(axes[i]), starts[i], end});
        }
        return out;
    }

    private static List<long[]> offsetForm(NcnnParams p) {
        List<long[]> out = new ArrayList<>();
        // {ncnn axis, offset key, size key, far-end offset key}, for CHW blobs
        int[][] keys = {{0, 2, 5, 8}, {1, 1, 4, 7}, {2, 0, 3, 6}};
        for (int[] k : keys) {
            int offset = p.getInt(k[1], 0);
            int size = p.getInt(k[2], 0);
            int farOffset = p.getInt(k[3], 0);
            if (offset == 0 && size <= 0 && farOffset == 0) {
                continue;
            }
            long end = size > 0 ? offset + size : (farOffset > 0 ? -farOffset : Long.MAX_VALUE);
            out.add(new long[] {onnxAxis(k[0]), offset, end});
        }
        return out;
    }

    /** Maps an ncnn CHW axis to an ONNX NCHW axis (negative axes count from the end in both). */
    static long onnxAxis(int ncnnAxis) {
        return ncnnAxis >= 0 ? ncnnAxis + 1L : ncnnAxis;
    }
}
