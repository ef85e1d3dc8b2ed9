package dev.cutroom.models.runtime;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Passes float tensors to a model unchanged, in the order of the model's inputs, and returns all
 * its outputs as float tensors. Pre- and post-processing (colour, range, layout) belong to the
 * caller, which knows the model's descriptor.
 */
final class FloatTensorTranslator implements NoBatchifyTranslator<FloatTensor[], FloatTensor[]> {

    @Override
    public NDList processInput(TranslatorContext ctx, FloatTensor[] inputs) {
        NDList list = new NDList(inputs.length);
        for (FloatTensor t : inputs) {
            list.add(ctx.getNDManager().create(t.data(), new Shape(t.shape())));
        }
        return list;
    }

    @Override
    public FloatTensor[] processOutput(TranslatorContext ctx, NDList list) {
        FloatTensor[] out = new FloatTensor[list.size()];
        for (int i = 0; i < list.size(); i++) {
            NDArray a = list.get(i);
            if (a.getDataType() != DataType.FLOAT32) {
                a = a.toType(DataType.FLOAT32, false);
            }
            out[i] = new FloatTensor(a.getShape().getShape(), a.toFloatArray());
        }
        return out;
    }
}
