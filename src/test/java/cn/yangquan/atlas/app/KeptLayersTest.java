package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.UserLayerSource;
import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layers the project keeps come back after a restart; one whose file is gone is reported and stays in the project. */
class KeptLayersTest {
    private static final Path LAYER = Path.of("src", "test", "resources", "layers", "townships-4490.geojson").toAbsolutePath();

    @TempDir
    Path temp;

    @Test
    void aKeptLayerWhoseFileIsGoneIsReportedAndNotForgotten() throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        Path copy = Files.copy(LAYER, temp.resolve("parcels.geojson"));
        Path gone = temp.resolve("gone.geojson");
        ProjectStore store = new ProjectStore();
        var saved = store.read(paths.project()).withUserLayers(List.of(
                new UserLayerSource("user-1", "gone.geojson", gone.toString(), "EPSG:4490", null, null),
                new UserLayerSource("user-2", "parcels.geojson", copy.toString(), "EPSG:4490", null, null)));
        store.write(paths.project(), saved);

        AtlasLoader.Loaded loaded = new AtlasLoader().load(paths, List.of(copy));
        assertThat(loaded.map().layer("user-1")).isEmpty();
        assertThat(loaded.map().layer("user-2")).isPresent();
        // The same file named again on the command line is a layer of its own, with an id neither kept layer holds.
        assertThat(loaded.map().layer("user-3")).isPresent();
        assertThat(loaded.problems()).anyMatch(p -> p.contains("gone.geojson"));
        assertThat(loaded.failedInputs()).isEmpty();
        assertThat(loaded.project().userLayers()).extracting(UserLayerSource::layerId).contains("user-1", "user-2");
    }
}
