package cn.yangquan.atlas.model.thematic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClassificationTest {
    private final double[] values = {1, 2, 3, 10, 11, 12, 30, 31, 32, 33};

    @Test
    void naturalBreaksFindTheGapsInTheValues() {
        Classification jenks = Classification.of(ClassificationMethod.NATURAL_BREAKS, values, 3);
        assertThat(jenks.bounds()).containsExactly(1.0, 3.0, 12.0, 33.0);
        assertThat(jenks.classOf(2)).isZero();
        assertThat(jenks.classOf(11)).isEqualTo(1);
        assertThat(jenks.classOf(31)).isEqualTo(2);
    }

    @Test
    void equalIntervalsSplitTheRangeEvenly() {
        Classification equal = Classification.of(ClassificationMethod.EQUAL_INTERVAL, values, 4);
        assertThat(equal.bounds()).containsExactly(1.0, 9.0, 17.0, 25.0, 33.0);
    }

    @Test
    void quantilesPutAboutTheSameCountInEachClass() {
        Classification quantile = Classification.of(ClassificationMethod.QUANTILE, values, 5);
        int[] counts = new int[quantile.classCount()];
        for (double value : values) {
            counts[quantile.classOf(value)]++;
        }
        assertThat(counts).containsOnly(2);
    }

    @Test
    void fewerDistinctValuesGiveFewerClassesAndNonFiniteValuesAreIgnored() {
        Classification few = Classification.of(ClassificationMethod.NATURAL_BREAKS, new double[] {5, 5, 7, Double.NaN}, 5);
        assertThat(few.classCount()).isEqualTo(2);
        Classification single = Classification.of(ClassificationMethod.QUANTILE, new double[] {4, 4}, 3);
        assertThat(single.classCount()).isEqualTo(1);
        assertThat(single.classOf(4)).isZero();
    }

    @Test
    void rampsGiveTheAskedNumberOfDistinctColoursOrderedByLightness() {
        var colors = ColorRamp.YL_GN_BU.colors(5);
        assertThat(colors).hasSize(5).doesNotHaveDuplicates();
        for (int i = 1; i < colors.size(); i++) {
            assertThat(luminance(colors.get(i))).isLessThan(luminance(colors.get(i - 1)));
        }
    }

    private static double luminance(java.awt.Color c) {
        return 0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue();
    }
}
