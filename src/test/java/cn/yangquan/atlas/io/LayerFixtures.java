package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.testing.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.locationtech.jts.algorithm.distance.DiscreteHausdorffDistance;

/**
 * The generated layer fixtures (src/test/resources/layers, see make-fixtures.sh) and the check that a layer holds
 * the same 33 townships as the prepared WGS84 GeoJSON they were made from.
 */
final class LayerFixtures {
    static final Path DIR = Path.of("src", "test", "resources", "layers").toAbsolutePath();
    /** Well under the fixtures' coordinate precision (GeoJSON 6 decimals, ~0.1 m) plus reprojection round trips. */
    static final double TOLERANCE_METRES = 0.5;

    private static Map<String, Feature> original;

    private LayerFixtures() {
    }

    /** The prepared townships read by GeoJsonReader, by code. */
    static synchronized Map<String, Feature> original() throws InputProblem {
        if (original == null) {
            ReadResult result = new GeoJsonReader().read(TestData.BOUNDARIES.resolve("townships.geojson"));
            original = result.features().features().stream()
                    .collect(Collectors.toMap(f -> f.text("code"), f -> f, (a, b) -> a, TreeMap::new));
        }
        return original;
    }

    /** Asserts 33 features with the original codes and names, each within 0.5 m and 0.1 % area of the original. */
    static void assertSameTownships(ReadResult result) throws InputProblem {
        Map<String, Feature> expected = original();
        Map<String, Feature> actual = result.features().features().stream()
                .collect(Collectors.toMap(f -> f.text("code"), f -> f));
        assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet()).hasSize(33);
        for (Feature want : expected.values()) {
            Feature got = actual.get(want.text("code"));
            assertThat(got.text("name")).as("name of %s", want.text("code")).isEqualTo(want.text("name"));
            double distance = DiscreteHausdorffDistance.distance(want.geometry(), got.geometry());
            assertThat(distance).as("Hausdorff distance of %s in metres", want.text("name")).isLessThan(TOLERANCE_METRES);
            assertThat(got.geometry().getArea()).as("area of %s", want.text("name"))
                    .isCloseTo(want.geometry().getArea(), within(want.geometry().getArea() * 0.001));
        }
    }

    /** Copies the fixture files with the given stem (all extensions) into the directory. */
    static void copy(String stem, Path target) {
        try (var files = Files.list(DIR)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith(stem + ".")).toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
