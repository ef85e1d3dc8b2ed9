package dev.cutroom.models.runtime;

import java.util.Arrays;

/**
 * A dense float tensor, row-major (for images: NCHW). The plain data type Cutroom passes to and from
 * models, so callers need no DJL types.
 *
 * @param shape dimensions
 * @param data  elements; its length is the product of {@code shape}
 */
public record FloatTensor(long[] shape, float[] data) {

    public FloatTensor {
        shape = shape.clone();
        long n = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + data.length);
        }
    }

    /** A zero-filled tensor. */
    public static FloatTensor zeros(long... shape) {
        return new FloatTensor(shape, new float[Math.toIntExact(Arrays.stream(shape).reduce(1, Math::multiplyExact))]);
    }

    /** @return the rank */
    public int rank() {
        return shape.length;
    }

    /** @return dimension {@code i} as an int */
    public int dim(int i) {
        return Math.toIntExact(shape[i]);
    }

    /** @return the largest absolute difference to {@code other}, which must have the same shape */
    public float maxAbsDifference(FloatTensor other) {
        if (!Arrays.equals(shape, other.shape)) {
            throw new IllegalArgumentException("shapes differ: " + Arrays.toString(shape) + " vs "
                    + Arrays.toString(other.shape));
        }
        float max = 0;
        for (int i = 0; i < data.length; i++) {
            max = Math.max(max, Math.abs(data[i] - other.data[i]));
        }
        return max;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatTensor t && Arrays.equals(shape, t.shape) && Arrays.equals(data, t.data);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(shape) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "FloatTensor" + Arrays.toString(shape);
    }
}
