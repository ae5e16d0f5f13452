package cn.yangquan.atlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yangquan.atlas.robustness.Corpus.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that crashed the GeoJSON reader when fuzzing found them ({@code corpus/known-crashes/geojson/}): a proj4j
 * exception on a coordinate far out of range, and a JTS exception while repairing a degenerate ring. Kept as
 * regression tests: each must now be a problem naming the feature.
 */
class KnownCrashesTest {
    static Stream<Path> geojson() throws Exception {
        try (Stream<Path> files = Files.list(Corpus.ROOT.resolve("known-crashes/geojson"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("geojson")
    void geoJsonFoundByFuzzingIsAProblemNotACrash(Path file) {
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Corpus.read("geojson", file));
        assertThat(outcome.kind()).as(outcome.toString()).isNotEqualTo(Outcome.Kind.CRASH);
        // The feature is named by its index, or by its id (stem:index) once it reaches the projection; or the whole
        // layer is refused for coordinates that cannot be in its CRS.
        assertThat(outcome.text()).contains(file.getFileName().toString())
                .containsPattern("feature (\\S+:)?0\\b|not longitude/latitude|cannot belong to");
    }
}
