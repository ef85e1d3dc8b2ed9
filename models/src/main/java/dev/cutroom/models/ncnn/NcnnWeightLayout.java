package dev.cutroom.models.ncnn;

import java.util.List;

/**
 * Which weight arrays each ncnn layer type reads from the {@code .bin} file, in order, and how
 * they are stored. Mirrors the {@code load_model} methods of ncnn's layers; a layer type not listed
 * loads nothing.
 */
public final class NcnnWeightLayout {

    /** How one array is stored. */
    public enum Storage { TAGGED, RAW }

    /** One array a layer loads: its role name, element count and storage. */
    public record Entry(String role, int count, Storage storage) {
    }

    private NcnnWeightLayout() {
    }

    /** @return the arrays a layer of this type and these parameters reads, in file order */
    public static List<Entry> of(String type, NcnnParams p) {
        return switch (type) {
            case "Convolution", "ConvolutionDepthWise", "Deconvolution", "DeconvolutionDepthWise" -> {
                rejectInt8(type, p, 8);
                yield weightAndBias(p.getInt(6, 0), p.getInt(5, 0) != 0, p.getInt(0, 0));
            }
            case "InnerProduct" -> {
                rejectInt8(type, p, 8);
                yield weightAndBias(p.getInt(2, 0), p.getInt(1, 0) != 0, p.getInt(0, 0));
            }
            case "PReLU" -> List.of(new Entry("slope", p.getInt(0, 0), Storage.RAW));
            case "BatchNorm" -> {
                int c = p.getInt(0, 0);
                yield List.of(new Entry("slope", c, Storage.RAW), new Entry("mean", c, Storage.RAW),
                        new Entry("var", c, Storage.RAW), new Entry("bias", c, Storage.RAW));
            }
            case "Scale" -> {
                int n = p.getInt(0, 0);
                // scale_data_size == -233 means the scale comes from a second input blob
                List<Entry> scale = n == -233 ? List.of() : List.of(new Entry("scale", n, Storage.RAW));
                yield p.getInt(1, 0) != 0
                        ? concat(scale, new Entry("bias", Math.abs(n), Storage.RAW)) : scale;
            }
            case "MemoryData" -> List.of(new Entry("data",
                    Math.max(1, p.getInt(0, 0)) * Math.max(1, p.getInt(1, 0))
                            * Math.max(1, p.getInt(11, 0)) * Math.max(1, p.getInt(2, 0)), Storage.RAW));
            default -> List.of();
        };
    }

    private static List<Entry> weightAndBias(int weightCount, boolean bias, int outputs) {
        Entry w = new Entry("weight", weightCount, Storage.TAGGED);
        return bias ? List.of(w, new Entry("bias", outputs, Storage.RAW)) : List.of(w);
    }

    private static List<Entry> concat(List<Entry> a, Entry b) {
        return java.util.stream.Stream.concat(a.stream(), java.util.stream.Stream.of(b)).toList();
    }

    private static void rejectInt8(String type, NcnnParams p, int key) {
        if (p.getInt(key, 0) != 0) {
            throw new NcnnFormatException(type + " with int8 scales is not supported");
        }
    }
}
