package dev.cutroom.models.tfjs;

import java.util.Arrays;

/**
 * A constant tensor from a TFJS weights manifest, dequantised: floats for float weights, ints for
 * int32 weights (exactly one of the two is non-null).
 *
 * @param name   the Const node's name
 * @param shape  TensorFlow shape (NHWC for activations; filters are {@code [kh, kw, in, out]})
 * @param floats float values, or {@code null}
 * @param ints   int values, or {@code null}
 */
public record TfjsWeight(String name, int[] shape, float[] floats, int[] ints) {

    /** @return the element count implied by the shape */
    public int size() {
        return Arrays.stream(shape).reduce(1, Math::multiplyExact);
    }

    /** @return the float values, widening int weights */
    public float[] asFloats() {
        if (floats != null) {
            return floats;
        }
        float[] f = new float[ints.length];
        for (int i = 0; i < ints.length; i++) {
            f[i] = ints[i];
        }
        return f;
    }

    /** @return the int values of an int32 weight */
    public int[] asInts() {
        if (ints == null) {
            throw new IllegalStateException(name + " is not an int32 tensor");
        }
        return ints;
    }
}
