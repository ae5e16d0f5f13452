package cn.yangquan.atlas.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.yangquan.atlas.robustness.Corpus.Outcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs that still crash a reader we may not edit here ({@code corpus/known-crashes/<reader>/}, kept out of the
 * corpus and the fuzz seeds so that {@code mvn test} stays green). Enable once the fix described in ROBUSTNESS.md is
 * in, then move the files into {@code corpus/<reader>/} and the fuzz seeds.
 */
class KnownCrashesTest {
    static Stream<Path> geojson() throws Exception {
        try (Stream<Path> files = Files.list(Corpus.ROOT.resolve("known-crashes/geojson"))) {
            return files.sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("geojson")
    @Disabled("GeoJsonReader lets proj4j's IllegalStateException and JTS GeometryFixer's NullPointerException escape;"
            + " fix in GeoJsonReader.outcome (catch RuntimeException), see ROBUSTNESS.md")
    void geoJsonFoundByFuzzingIsAProblemNotACrash(Path file) {
        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Corpus.read("geojson", file));
        assertThat(outcome.kind()).as(outcome.toString()).isNotEqualTo(Outcome.Kind.CRASH);
        assertThat(outcome.text()).contains(file.getFileName().toString()).contains("feature 0");
    }
}
