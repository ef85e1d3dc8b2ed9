package dev.cutroom.models.runtime;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * Passes int64 tensors to a model unchanged, in the order of its inputs, and returns all its outputs as
 * float tensors (the float side is {@link FloatTensorTranslator}'s).
 */
final class LongInputTranslator implements NoBatchifyTranslator<LongTensor[], FloatTensor[]> {

    private final FloatTensorTranslator outputs = new FloatTensorTranslator();

    @Override
    public NDList processInput(TranslatorContext ctx, LongTensor[] inputs) {
        NDList list = new NDList(inputs.length);
        for (LongTensor t : inputs) {
            list.add(ctx.getNDManager().create(t.data(), new Shape(t.shape())));
        }
        return list;
    }

    @Override
    public FloatTensor[] processOutput(TranslatorContext ctx, NDList list) {
        return outputs.processOutput(ctx, list);
    }
}
