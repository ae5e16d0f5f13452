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
        // The same file named again on the command line is the kept layer, not a copy of it.
        assertThat(loaded.map().layer("user-3")).isEmpty();
        assertThat(loaded.problems()).anyMatch(p -> p.contains("gone.geojson"));
        assertThat(loaded.failedInputs()).isEmpty();
        assertThat(loaded.project().userLayers()).extracting(UserLayerSource::layerId).contains("user-1", "user-2");
    }

    /** Starting twice with the same --layer (the first start saved it) shows it once, and saves it once. */
    @Test
    void aLayerNamedAgainAfterItWasKeptIsNotAddedTwice() throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        Path copy = Files.copy(LAYER, temp.resolve("parcels.geojson"));
        ProjectStore store = new ProjectStore();
        AtlasLoader.Loaded first = new AtlasLoader().load(paths, List.of(copy));
        store.write(paths.project(), first.project());

        // Named again, with a path spelt differently.
        AtlasLoader.Loaded second = new AtlasLoader().load(paths, List.of(temp.resolve(".").resolve("parcels.geojson")));
        assertThat(second.map().layers()).filteredOn(layer -> layer.id().startsWith("user-")).hasSize(1);
        assertThat(second.project().userLayers()).hasSize(1);
        assertThat(second.failedInputs()).isEmpty();
    }
}
