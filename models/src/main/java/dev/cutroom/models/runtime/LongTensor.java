package dev.cutroom.models.runtime;

import java.util.Arrays;

/**
 * A dense int64 tensor, row-major: the input type of language models (token ids, attention masks).
 *
 * @param shape dimensions
 * @param data  elements; its length is the product of {@code shape}
 */
public record LongTensor(long[] shape, long[] data) {

    public LongTensor {
        shape = shape.clone();
        long n = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        if (n != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n
                    + " values, got " + data.length);
        }
    }

    /** A [1, n] tensor holding one row, e.g. the token ids of one sentence. */
    public static LongTensor row(long... values) {
        return new LongTensor(new long[] {1, values.length}, values.clone());
    }
}
