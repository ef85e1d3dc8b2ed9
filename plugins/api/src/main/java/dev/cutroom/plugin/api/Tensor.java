package dev.cutroom.plugin.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * A dense float tensor: a shape and its values in row-major order (images are NCHW, RGB in [0, 1]
 * unless a model's descriptor says otherwise). Any thread; the arrays are shared, not copied.
 *
 * @param shape dimensions, each at least 1
 * @param data  {@code product(shape)} values
 */
public record Tensor(long[] shape, float[] data) {
    public Tensor {
        Objects.requireNonNull(shape, "shape");
        Objects.requireNonNull(data, "data");
        long size = 1;
        for (long d : shape) {
            if (d < 1) throw new IllegalArgumentException("bad tensor shape " + Arrays.toString(shape));
            size = Math.multiplyExact(size, d);
        }
        if (size != data.length) throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + data.length);
    }

    /** A tensor of zeros. Any thread. */
    public static Tensor zeros(long... shape) {
        long size = 1;
        for (long d : shape) size = Math.multiplyExact(size, d);
        return new Tensor(shape.clone(), new float[Math.toIntExact(size)]);
    }

    /** Size of dimension {@code i}. Any thread. */
    public int dim(int i) {
        return Math.toIntExact(shape[i]);
    }

    /** Compares shapes and values. Any thread. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Tensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    /** Any thread. */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    /** Shape only (values can be large). Any thread. */
    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}
