package dev.cutroom.models.onnx;

/** One dimension of a declared tensor shape: a fixed size or a named (symbolic) size. */
public sealed interface OnnxDim {

    /** A dimension of known size. */
    record Fixed(long size) implements OnnxDim {
    }

    /** A dimension whose size is chosen at run time, e.g. {@code "height"}. */
    record Symbolic(String name) implements OnnxDim {
    }

    static OnnxDim of(long size) {
        return new Fixed(size);
    }

    static OnnxDim of(String name) {
        return new Symbolic(name);
    }
}
