package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeapBudgetTest {
    @TempDir
    Path temp;

    @Test
    void aLayerTooLargeForTheHeapIsRefusedBeforeReadingWithAClearMessage() throws Exception {
        Path file = temp.resolve("parcels.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}" + " ".repeat(4000),
                StandardCharsets.UTF_8);
        AtomicInteger collections = new AtomicInteger();
        LayerFormats reader = new LayerFormats(new HeapBudget(() -> 6_000, () -> 1_000, collections::incrementAndGet));
        assertThatThrownBy(() -> reader.readFirst(file, ReadOptions.defaults("en"))).isInstanceOf(InputProblem.class)
                .hasMessageContaining("parcels.geojson").hasMessageContaining("too large for memory")
                .hasMessageContaining("-Xmx");
        assertThat(collections).as("garbage is collected before a file is refused").hasValue(1);
    }

    @Test
    void aLayerThatFitsIsRead() throws Exception {
        Path file = temp.resolve("small.geojson");
        Files.writeString(file, "{\"type\":\"FeatureCollection\",\"features\":[]}", StandardCharsets.UTF_8);
        LayerFormats reader = new LayerFormats(new HeapBudget(() -> 1_000_000, () -> 0, () -> { }));
        assertThat(reader.readFirst(file, ReadOptions.defaults("en")).features().size()).isZero();
    }
}
