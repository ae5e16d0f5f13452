package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.testing.TestData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoadProgressTest {
    private final java.nio.file.Path townships = TestData.BOUNDARIES.resolve("townships.geojson");

    @Test
    void progressRisesToOneAsTheFileIsRead() throws Exception {
        List<Double> reported = new ArrayList<>();
        ReadResult result = new LayerFormats().readFirst(townships, ReadOptions.defaults("en").withProgress(reported::add));
        assertThat(result.features().size()).isEqualTo(33);
        assertThat(reported).isNotEmpty().isSorted();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(1.0);
    }

    @Test
    void interruptingTheReadingThreadCancelsTheRead() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> new LayerFormats().readFirst(townships, ReadOptions.defaults("en")))
                    .isInstanceOf(InputProblem.class).hasMessageContaining("townships.geojson").hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
    }
}
