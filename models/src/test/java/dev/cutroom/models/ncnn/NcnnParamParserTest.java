package dev.cutroom.models.ncnn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NcnnParamParserTest {

    private static final String TEXT = """
            7767517
            4 5
            Input            in0     0 1 data 0=32 1=24 2=3
            Split            split0  1 2 data a b
            Convolution      conv0   1 1 a c 0=8 1=3 11=5 4=1 5=1 6=360 9=2 -23310=1,1.000000e-01
            Crop             crop0   1 1 b d -23309=2,0,1 -23310=2,4,-233 -23311=2,0,2
            """;

    @Test
    void parsesLayersBlobsAndTypedParams() {
        NcnnGraph g = NcnnParamParser.parse(TEXT);

        assertThat(g.blobCount()).isEqualTo(5);
        assertThat(g.layers()).extracting(NcnnLayer::type).containsExactly("Input", "Split", "Convolution", "Crop");
        NcnnLayer split = g.layer("split0");
        assertThat(split.inputs()).containsExactly("data");
        assertThat(split.outputs()).containsExactly("a", "b");

        NcnnParams conv = g.layer("conv0").params();
        assertThat(conv.getInt(0, -1)).isEqualTo(8);
        assertThat(conv.getInt(11, -1)).isEqualTo(5);
        assertThat(conv.getInt(2, 1)).as("absent key takes the default").isEqualTo(1);
        assertThat(conv.getFloats(10)).containsExactly(0.1f);

        NcnnParams crop = g.layer("crop0").params();
        assertThat(crop.getInts(9)).containsExactly(0, 1);
        assertThat(crop.getInts(10)).containsExactly(4, -233);
        assertThat(crop.getInts(11)).containsExactly(0, 2);
    }

    @Test
    void findsInputsAndOutputs() {
        NcnnGraph g = NcnnParamParser.parse(TEXT);
        assertThat(g.inputBlobs()).containsExactly("data");
        assertThat(g.outputBlobs()).containsExactly("c", "d");
    }

    @Test
    void floatLiteralsAreFloatsAndIntLiteralsInts() {
        NcnnGraph g = NcnnParamParser.parse("7767517\n1 1\nInterp r 0 1 x 0=3 1=5.000000e-01 2=2.5\n");
        NcnnParams p = g.layers().get(0).params();
        assertThat(p.getFloat(1, 0)).isEqualTo(0.5f);
        assertThat(p.getFloat(2, 0)).isEqualTo(2.5f);
        assertThat(p.getInt(0, 0)).isEqualTo(3);
        assertThatThrownBy(() -> p.getInt(2, 0)).isInstanceOf(NcnnFormatException.class);
    }

    @Test
    void rejectsBadMagicWrongCountsAndShortArrays() {
        assertThatThrownBy(() -> NcnnParamParser.parse("123\n0 0\n")).hasMessageContaining("magic");
        assertThatThrownBy(() -> NcnnParamParser.parse("7767517\n2 1\nInput i 0 1 x\n"))
                .hasMessageContaining("2 layers");
        assertThatThrownBy(() -> NcnnParamParser.parse("7767517\n1 1\nCrop c 0 1 x -23309=3,1,2\n"))
                .hasMessageContaining("3 items");
        assertThatThrownBy(() -> NcnnParamParser.parse("7767517\n1 1\nSplit s 1 2 x\n"))
                .hasMessageContaining("blob counts");
    }
}
