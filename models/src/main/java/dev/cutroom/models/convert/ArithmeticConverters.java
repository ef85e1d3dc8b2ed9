package dev.cutroom.models.convert;

import dev.cutroom.models.ncnn.NcnnLayer;
import dev.cutroom.models.ncnn.NcnnParams;
import java.util.ArrayList;
import java.util.List;

/**
 * BinaryOp and Eltwise. Both sides are NCHW of the same rank after conversion, where ncnn's
 * broadcasting of equal-rank blobs and numpy's (ONNX's) agree.
 */
final class ArithmeticConverters {

    /** BinaryOp key 0 op types 0..9, in ncnn's order. */
    private static final String[] BINARY_OPS = {"Add", "Sub", "Mul", "Div", "Max", "Min", "Pow", "Sub", "Div", "Pow"};

    private ArithmeticConverters() {
    }

    /**
     * BinaryOp: key 0 op type (0 add, 1 sub, 2 mul, 3 div, 4 max, 5 min, 6 pow, 7 rsub, 8 rdiv,
     * 9 rpow), key 1 with_scalar, key 2 the scalar. The r-variants swap the operands.
     */
    static void binaryOp(NcnnLayer layer, ConversionContext ctx) {
        NcnnParams p = layer.params();
        int op = p.getInt(0, 0);
        if (op < 0 || op >= BINARY_OPS.length) {
            throw new UnsupportedLayerException(layer.name() + ": BinaryOp type " + op);
        }
        String a = ctx.input(layer, 0);
        String b = p.getInt(1, 0) != 0
                ? ctx.graph().addFloats(layer.name() + "_b", new long[0], p.getFloat(2, 0f))
                : ctx.input(layer, 1);
        boolean reversed = op >= 7;
        ctx.emit(layer, BINARY_OPS[op], reversed ? List.of(b, a) : List.of(a, b));
    }

    /** Eltwise: key 0 op (0 product, 1 sum, 2 max), key 1 per-input coefficients for sum. */
    static void eltwise(NcnnLayer layer, ConversionContext ctx) {
        NcnnParams p = layer.params();
        int op = p.getInt(0, 1);
        List<String> inputs = ctx.inputs(layer);
        switch (op) {
            case 0 -> ctx.emit(layer, "Mul", chainPairs(layer, ctx, "Mul", inputs));
            case 1 -> ctx.emit(layer, "Sum", scaled(layer, ctx, inputs, p.getFloats(1)));
            case 2 -> ctx.emit(layer, "Max", inputs);
            default -> throw new UnsupportedLayerException(layer.name() + ": Eltwise op " + op);
        }
    }

    /** Reduces {@code inputs} to two with a chain of binary ops, since ONNX Mul is binary. */
    private static List<String> chainPairs(NcnnLayer layer, ConversionContext ctx, String op, List<String> inputs) {
        String acc = inputs.get(0);
        for (int i = 1; i < inputs.size() - 1; i++) {
            acc = ctx.graph().op(op, layer.name() + "_part", List.of(acc, inputs.get(i)));
        }
        return List.of(acc, inputs.get(inputs.size() - 1));
    }

    private static List<String> scaled(NcnnLayer layer, ConversionContext ctx, List<String> inputs, float[] coeffs) {
        if (coeffs.length == 0) {
            return inputs;
        }
        if (coeffs.length != inputs.size()) {
            throw new UnsupportedLayerException(layer.name() + ": " + coeffs.length + " coefficients for "
                    + inputs.size() + " inputs");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (coeffs[i] == 1f) {
                out.add(inputs.get(i));
            } else {
                String c = ctx.graph().addFloats(layer.name() + "_coeff", new long[0], coeffs[i]);
                out.add(ctx.graph().op("Mul", layer.name() + "_scaled", List.of(inputs.get(i), c)));
            }
        }
        return out;
    }
}
