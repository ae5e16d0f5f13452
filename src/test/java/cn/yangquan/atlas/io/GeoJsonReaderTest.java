package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonReaderTest {
    private final GeoJsonReader reader = new GeoJsonReader();

    @TempDir
    Path temp;

    private Path write(String name, String json) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void readsThePreparedTownshipsWithTheirProperties() throws Exception {
        ReadResult result = reader.read(TestData.BOUNDARIES.resolve("townships.geojson"));
        assertThat(result.features().size()).isEqualTo(33);
        assertThat(result.problems()).isEmpty();
        Feature xinanyi = result.features().find("code", "140311200").orElseThrow();
        assertThat(xinanyi.text("name")).isEqualTo("西南舁乡");
        assertThat(xinanyi.flag("approximate")).isTrue();
    }

    @Test
    void projectsToGaussKrugerMetresWithTrueAreas() throws Exception {
        ReadResult result = reader.read(TestData.BOUNDARIES.resolve("counties.geojson"));
        double total = result.features().features().stream().mapToDouble(f -> f.geometry().getArea()).sum() / 1e6;
        // The provenance notes give 4565 km² for the five county polygons.
        assertThat(total).isCloseTo(4565, within(15.0));
        var bounds = result.features().bounds();
        assertThat(bounds.getMinX()).isBetween(380_000.0, 500_000.0);
        assertThat(bounds.getMinY()).isBetween(4_100_000.0, 4_300_000.0);
    }

    @Test
    void anOldStyleCrsMemberIsHonoured() throws Exception {
        Path file = write("gk.geojson", """
                {"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4547"}},
                 "features":[{"type":"Feature","properties":{"name":"p"},"geometry":{"type":"Point","coordinates":[450000,4190000]}}]}
                """);
        ReadResult result = reader.read(file);
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(result.features().features().get(0).geometry().getCoordinate().x).isEqualTo(450000);
    }

    @Test
    void aBadFeatureIsSkippedAndNamedByIndexWhileTheOthersLoad() throws Exception {
        Path file = write("bad.geojson", """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[113.5,37.9]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[113,37],[114,37],[114,38],[113.5,38.5]]]}},
                 {"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":["x",37]}},
                 {"type":"Feature","properties":{},"geometry":null}
                ]}
                """);
        ReadResult result = reader.read(file);
        assertThat(result.features().size()).isEqualTo(1);
        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems().get(0)).contains("bad.geojson", "feature 1", "not closed");
        assertThat(result.problems().get(1)).contains("feature 2", "not numeric");
        assertThat(result.problems().get(2)).contains("feature 3", "no geometry");
    }

    @Test
    void selfIntersectingPolygonsAreRepairedAndCounted() throws Exception {
        Path file = write("bowtie.geojson", """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":
                 {"type":"Polygon","coordinates":[[[113,37],[114,38],[114,37],[113,38],[113,37]]]}}]}
                """);
        ReadResult result = reader.read(file);
        assertThat(result.repaired()).isEqualTo(1);
        assertThat(result.features().features().get(0).geometry().isValid()).isTrue();
    }

    @Test
    void malformedJsonNamesFileLineAndCause() throws Exception {
        Path file = write("broken.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\",,}]}");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("broken.geojson").hasMessageContaining("line 2").hasMessageContaining("malformed JSON");
    }

    @Test
    void deeplyNestedJsonIsRefusedWithAMessage() throws Exception {
        Path file = write("deep.geojson", "{\"type\":\"FeatureCollection\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class).hasMessageContaining("deep.geojson");
    }
}
