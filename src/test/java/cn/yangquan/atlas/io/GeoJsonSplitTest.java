package cn.yangquan.atlas.io;

import static cn.yangquan.atlas.io.SplitFixtures.SERIAL;
import static cn.yangquan.atlas.io.SplitFixtures.assertSameRead;
import static cn.yangquan.atlas.io.SplitFixtures.bytes;
import static cn.yangquan.atlas.io.SplitFixtures.collection;
import static cn.yangquan.atlas.io.SplitFixtures.feature;
import static cn.yangquan.atlas.io.SplitFixtures.features;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large file is parsed in parts from guessed feature starts (parts of 1 KB here, so that test files are split); the
 * result must be that of one serial pass, feature by feature, whether the guesses hold or not.
 */
class GeoJsonSplitTest {
    private static final String MAP_CRS = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4547\"}}";
    private static final int N = 2000;

    @TempDir
    Path temp;

    private static GeoJsonReader split(int parts) {
        return new GeoJsonReader(1024, parts);
    }

    private Path write(String name, String json) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** How many passes the read joined: the number of parts when every guess held, 1 when none did. */
    private static int passes(GeoJsonReader reader, Path file) throws InputProblem {
        return reader.parse(file, ReadOptions.defaults("en")).passes;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void aLargeFileReadInPartsEqualsTheSerialReadFeatureByFeature(int parts) throws Exception {
        Path file = write("parcels.geojson", collection("", features(N, Map.of()), ""));
        assertThat(passes(split(parts), file)).isEqualTo(parts);
        assertThat(SERIAL.read(file).features().size()).isEqualTo(N);
        assertThat(SERIAL.read(file).repaired()).isGreaterThanOrEqualTo(N / 10);
        assertSameRead(split(parts), file);
    }

    @Test
    void badFeaturesInEveryPartAreReportedWithTheirIndexInFileOrder() throws Exception {
        Map<Integer, String> bad = Map.of(
                100, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                        + "[[[113,37],[114,37],[114,38],[113.5,38.5]]]}}",
                1234, "{\"type\":\"Feature\",\"properties\":{\"a\":1},\"geometry\":{\"type\":\"Point\",\"coordinates\":[\"x\",37]}}",
                1500, "42",
                1777, "{\"type\":\"Feature\",\"properties\":{},\"geometry\":null}",
                1999, "{\"type\":\"Fearure\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[113,37]}}");
        Path file = write("bad.geojson", collection("", features(N, bad), ""));
        assertThat(passes(split(2), file)).isEqualTo(2);
        ReadResult result = split(2).read(file);
        List<String> skipped = result.problems().stream().filter(p -> p.contains("skipped")).toList();
        assertThat(skipped).hasSize(5);
        assertThat(skipped.get(1)).contains("bad.geojson, feature 1234:", "not numeric");
        assertThat(skipped.get(2)).contains("feature 1500:", "not a Feature object");
        assertThat(skipped.get(3)).contains("feature 1777:", "no geometry");
        assertThat(skipped.get(4)).contains("feature 1999:");
        // A feature without an id is named by its index in the whole file, in the second part too.
        assertThat(result.features().features()).anyMatch(f -> f.id().equals("bad:1997"));
        assertSameRead(split(2), file);
        assertSameRead(split(4), file);
    }

    @Test
    void aCrsAndTheTypeAfterTheFeaturesApplyToEveryPart() throws Exception {
        List<String> projected = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            projected.add("{\"type\":\"Feature\",\"properties\":{\"n\":" + i + "},\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[" + (400000 + i) + "," + (4190000 + i) + "]}}");
        }
        String json = "{\"features\":[\n" + String.join(",\n", projected) + "\n]," + MAP_CRS + ",\"type\":\"FeatureCollection\"}";
        Path file = write("after.geojson", json);
        assertThat(passes(split(2), file)).isEqualTo(2);
        ReadResult result = split(2).read(file);
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(result.features().features().get(N - 1).geometry().getCoordinate().x).isEqualTo(400000 + N - 1);
        assertSameRead(split(2), file);
    }

    @Test
    void anUnknownCrsAfterTheFeaturesStopsTheReadAsSerially() throws Exception {
        String crs = "\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:99999\"}}";
        Path file = write("unknown.geojson", collection("", features(N, Map.of()), "," + crs));
        assertThatThrownBy(() -> split(2).read(file)).isInstanceOf(InputProblem.class).hasMessageContaining("99999");
        assertSameRead(split(2), file);
    }

    @Test
    void malformedJsonInTheSecondHalfNamesTheSameLineAndColumnAsSerially() throws Exception {
        Path file = write("broken.geojson", collection("", features(N, Map.of(1600, "{\"type\":\"Feature\",,}")), ""));
        assertThatThrownBy(() -> split(2).read(file)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("broken.geojson, line 1602").hasMessageContaining("malformed JSON");
        assertSameRead(split(2), file);
        Path trailing = write("trailing.geojson", collection("", features(N, Map.of()), "") + "{}");
        assertThatThrownBy(() -> split(2).read(trailing)).hasMessageContaining("text after the end");
        assertSameRead(split(2), trailing);
    }

    @Test
    void aFeatureLikeTextInAPropertyStringRightAfterTheMiddleIsNoFeatureStart() throws Exception {
        String quoted = "x, {\\\"type\\\": \\\"Feature\\\", \\\"properties\\\": {}, \\\"geometry\\\": null}, "
                + "[{\\\"type\\\":\\\"Feature\\\"}]";
        List<String> features = features(N, Map.of());
        for (int i = N / 2 - 20; i < N / 2 + 20; i++) {
            features.set(i, "{\"type\":\"Feature\",\"properties\":{\"note\":\"" + quoted + "\"},\"geometry\":"
                    + "{\"type\":\"Point\",\"coordinates\":[113." + i + ",37.9]}}");
        }
        Path file = write("quoted.geojson", collection("", features, ""));
        assertThat(passes(split(2), file)).isEqualTo(2);
        assertThat(SERIAL.read(file).features().features().get(N / 2).text("note")).startsWith("x, {\"type\": \"Feature\"");
        assertSameRead(split(2), file);
    }

    @Test
    void aNestedFeatureCollectionInThePropertiesOverTheMiddleIsSeenThroughAndReadSerially() throws Exception {
        List<String> inner = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            inner.add(feature(i));
        }
        String trap = "{\"type\":\"Feature\",\"properties\":{\"copy\":{\"type\":\"FeatureCollection\",\"features\":[\n"
                + String.join(",\n", inner) + "\n]}},\"geometry\":{\"type\":\"Point\",\"coordinates\":[113.5,37.9]}}";
        List<String> features = features(400, Map.of());
        features.add(trap);
        features.addAll(features(400, Map.of()));
        String json = collection("", features, "");
        Path file = write("nested.geojson", json);
        long trapStart = bytes(json.substring(0, json.indexOf(trap)));
        long guess = GeoJsonSplit.featureStart(file, bytes(json) / 2, bytes(json));
        assertThat(guess).isGreaterThan(trapStart).isLessThan(trapStart + bytes(trap));
        assertThat(passes(split(2), file)).isEqualTo(1);
        assertThat(split(2).read(file).features().size()).isEqualTo(801);
        assertSameRead(split(2), file);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void featuresInAnotherTopLevelMemberAreNotTakenForFeatures(boolean before) throws Exception {
        String extra = "\"extra\":[\n" + String.join(",\n", features(N, Map.of())) + "\n]";
        String crs = MAP_CRS.replace("EPSG::4547", "OGC:1.3:CRS84");
        String json = before ? collection(extra + "," + crs + ",", features(200, Map.of()), "")
                : collection("", features(200, Map.of()), "," + extra + "," + crs);
        Path file = write("extra.geojson", json);
        long guess = GeoJsonSplit.featureStart(file, bytes(json) / 2, bytes(json));
        assertThat(guess).isGreaterThan(bytes(json.substring(0, json.indexOf("\"extra\""))));
        // A part's parse from inside the extra member succeeds (before the features it reads them too): only the
        // check by the pass before rejects it.
        assertThat(passes(split(2), file)).isEqualTo(1);
        assertThat(split(2).read(file).features().size()).isEqualTo(200);
        assertSameRead(split(2), file);
    }

    @Test
    void aByteOrderMarkAndIdsBeforeTheTypeSplitAsWell() throws Exception {
        List<String> features = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            features.add(feature(10 * i + 8)); // "id" first, then "type": "Feature"
        }
        Path file = temp.resolve("bom.geojson");
        byte[] body = collection("", features, "").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(file, withBom);
        assertThat(passes(split(2), file)).isEqualTo(2);
        assertSameRead(split(2), file);
    }

    @Test
    void withoutAFeatureStartInTheSecondHalfTheFirstPassReadsOnAlone() throws Exception {
        StringBuilder huge = new StringBuilder("{\"type\":\"Feature\",\"properties\":{\"big\":true},\"geometry\":"
                + "{\"type\":\"MultiPolygon\",\"coordinates\":[");
        for (int i = 0; i < 3000; i++) {
            double x = 113 + i % 60 * 0.01;
            double y = 37.7 + i / 60 * 0.01;
            huge.append(i == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT,
                    "[[[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f],[%.3f,%.3f]]]", x, y, x + 0.005, y, x, y + 0.005, x, y));
        }
        List<String> features = features(300, Map.of());
        features.add(huge.append("]}}").toString());
        String json = collection("", features, "");
        Path file = write("huge.geojson", json);
        assertThat(GeoJsonSplit.featureStart(file, bytes(json) / 2, bytes(json))).isEqualTo(-1);
        assertThat(passes(split(2), file)).isEqualTo(1);
        assertThat(split(2).read(file).features().features().get(300).geometry().getNumGeometries()).isEqualTo(3000);
        assertSameRead(split(2), file);
    }

    @Test
    void aSmallFileStaysInOnePass() throws Exception {
        Path file = write("small.geojson", collection("", features(N, Map.of()), ""));
        assertThat(bytes(Files.readString(file))).isLessThan(8L << 20);
        assertThat(passes(new GeoJsonReader(), file)).isEqualTo(1);
    }

    @Test
    void progressRisesToOneAndCancellingStopsEveryPart() throws Exception {
        Path file = write("progress.geojson", collection("", features(N, Map.of()), ""));
        List<Double> reported = new ArrayList<>();
        ReadResult result = split(4).read(file, "", ReadOptions.defaults("en").withProgress(reported::add));
        assertThat(result.features().size()).isEqualTo(N);
        assertThat(reported).isNotEmpty().isSorted().doesNotHaveDuplicates();
        assertThat(reported.get(reported.size() - 1)).isEqualTo(1.0);

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> split(4).read(file)).isInstanceOf(InputProblem.class).hasMessageContaining("cancelled");
        } finally {
            Thread.interrupted();
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("GeoJSON part"));
    }
}
