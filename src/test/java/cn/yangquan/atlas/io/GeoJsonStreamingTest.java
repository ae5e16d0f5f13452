package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Feature;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/** The streaming reader: packed coordinates, properties as written, members in any order, recovery after a bad feature. */
class GeoJsonStreamingTest {
    private static final String MAP_CRS = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4547\"}}";

    private static ReadResult read(String json) throws InputProblem {
        return new GeoJsonReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.geojson", "t");
    }

    @Test
    void coordinatesArePackedAsTwoDoublesAVertexWithTheirExactValues() throws Exception {
        ReadResult result = read("{\"type\":\"FeatureCollection\"," + MAP_CRS + ",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[450000.1234567,4190000.7654321,12],"
                + "[450100.5,4190000.25],[450100.5,4190100.125],[450000.1234567,4190000.7654321]]]}}]}");
        Polygon polygon = (Polygon) result.features().features().get(0).geometry();
        var sequence = polygon.getExteriorRing().getCoordinateSequence();
        assertThat(sequence).isInstanceOf(PackedCoordinateSequence.Double.class);
        assertThat(((PackedCoordinateSequence.Double) sequence).getRawCoordinates()).containsExactly(
                450000.1234567, 4190000.7654321, 450100.5, 4190000.25, 450100.5, 4190100.125, 450000.1234567, 4190000.7654321);
    }

    @Test
    void everyPropertyIsKeptWithItsJsonType() throws Exception {
        ReadResult result = read("""
                {"type":"FeatureCollection","features":[{"type":"Feature","id":7,"properties":{"name":"西南舁乡","n":3,
                 "big":12345678901,"huge":123456789012345678901234,"area":1.5,"ok":true,"gone":null,"nested":{"a":[1,2]},
                 "n":4},"geometry":{"type":"Point","coordinates":[113.5,37.9]}}]}
                """);
        Feature feature = result.features().features().get(0);
        assertThat(feature.id()).isEqualTo("t:7");
        assertThat(feature.attributes()).containsEntry("name", "西南舁乡").containsEntry("n", 4)
                .containsEntry("big", 12345678901L).containsEntry("huge", new BigInteger("123456789012345678901234"))
                .containsEntry("area", 1.5).containsEntry("ok", true).containsEntry("nested", "{\"a\":[1,2]}")
                .doesNotContainKey("gone").hasSize(7);
    }

    @Test
    void membersMayComeInAnyOrderAndACrsAfterTheFeaturesStillApplies() throws Exception {
        ReadResult result = read("{\"features\":[{\"geometry\":{\"coordinates\":[450000,4190000],\"type\":\"Point\"},"
                + "\"properties\":{\"k\":\"v\"},\"type\":\"Feature\"}]," + MAP_CRS + ",\"type\":\"FeatureCollection\"}");
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4547");
        Feature feature = result.features().features().get(0);
        assertThat(feature.geometry().getCoordinate().x).isEqualTo(450000);
        assertThat(feature.text("k")).isEqualTo("v");
    }

    @Test
    void afterABadValueDeepInAFeatureTheNextFeaturesAreRead() throws Exception {
        ReadResult result = read("""
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[113,37],[113.1,"x",{"deep":[1]}],[113.2,37]]},"properties":{"a":1}},
                 42,
                 {"type":"Feature","properties":{"a":2},"geometry":{"type":"LineString","coordinates":[[113,37],[113.1,37.1]]}}
                ]}
                """);
        assertThat(result.features().size()).isEqualTo(1);
        assertThat(result.features().features().get(0).attributes()).containsEntry("a", 2);
        assertThat(result.problems()).hasSize(2);
        assertThat(result.problems().get(0)).contains("feature 0", "not numeric");
        assertThat(result.problems().get(1)).contains("feature 1", "not a Feature object");
    }

    @Test
    void aBareFeatureAndABareGeometryAreOneFeatureEach() throws Exception {
        assertThat(read("{\"type\":\"Feature\",\"properties\":{\"p\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.5,37.9]}}")
                .features().features().get(0).attributes()).containsEntry("p", 1);
        ReadResult bare = read("{\"type\":\"MultiPolygon\",\"coordinates\":[[[[113,37],[113.1,37],[113.1,37.1],[113,37]]]]}");
        assertThat(bare.features().size()).isEqualTo(1);
        assertThat(bare.features().features().get(0).geometry().getGeometryType()).isEqualTo("MultiPolygon");
    }

    @Test
    void geometryCollectionsAndMultiPointsRead() throws Exception {
        ReadResult result = read("""
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"GeometryCollection",
                 "geometries":[{"type":"Point","coordinates":[113.5,37.9]},{"type":"MultiPoint","coordinates":[[113.5,37.9],[113.6,38]]}]}}]}
                """);
        assertThat(result.problems()).isEmpty();
        assertThat(result.features().features().get(0).geometry().getNumPoints()).isEqualTo(3);
    }
}
