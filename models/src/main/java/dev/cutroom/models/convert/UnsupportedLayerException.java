package dev.cutroom.models.convert;

/** An ncnn layer type, or a parameter of one, that the converter cannot map to ONNX yet. */
public final class UnsupportedLayerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message which layer and what is not supported */
    public UnsupportedLayerException(String message) {
        super(message);
    }
}
