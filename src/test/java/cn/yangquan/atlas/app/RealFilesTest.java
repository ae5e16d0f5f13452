package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.yangquan.atlas.io.LayerFormats;
import cn.yangquan.atlas.io.ReadOptions;
import cn.yangquan.atlas.io.ReadResult;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The planners' real-file cases of {@code ../shared/cases/real-files/} (01, 05, 06, 09, 11, 18, 19, 20), each through
 * the real command line ({@code layers --json --layer}, {@code features}) with the right answer of its README: feature
 * count, attribute text, area, bounds within 1e-6°. Skipped when that folder is absent.
 */
class RealFilesTest {
    private static final Path CASES = Path.of("../shared/cases/real-files");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void casesArePresent() {
        assumeTrue(Files.isDirectory(CASES), "the real-file cases are not at " + CASES.toAbsolutePath());
    }

    private static String file(String name) {
        return CASES.resolve(name).toString();
    }

    /** The user's layer entries of {@code layers --json --layer FILE}, with the warnings that name the file. */
    private record Listing(List<JsonNode> layers, List<String> warnings) {
    }

    private static Listing layers(String name) throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("layers", "--json", "--lang", "en", "--layer", file(name));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        List<JsonNode> layers = new ArrayList<>();
        root.path("layers").forEach(layer -> {
            if (layer.has("file")) {
                layers.add(layer);
            }
        });
        List<String> warnings = new ArrayList<>();
        String stem = CASES.resolve(name).getFileName().toString().replaceFirst("\\..*$", "");
        root.path("warnings").forEach(w -> {
            if (w.asText().contains(stem)) {
                warnings.add(w.asText());
            }
        });
        return new Listing(layers, warnings);
    }

    private static JsonNode features(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("features", "--lang", "en"));
        command.addAll(List.of(args));
        CommandLineTest.Run run = CommandLineTest.run(command.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static void assertBounds(JsonNode layer, double west, double south, double east, double north) {
        JsonNode bounds = layer.path("bounds_wgs84");
        assertThat(bounds.get(0).asDouble()).isCloseTo(west, within(1e-6));
        assertThat(bounds.get(1).asDouble()).isCloseTo(south, within(1e-6));
        assertThat(bounds.get(2).asDouble()).isCloseTo(east, within(1e-6));
        assertThat(bounds.get(3).asDouble()).isCloseTo(north, within(1e-6));
    }

    @Test
    void gbkTextIsReadByTheCodePageByteEvenWhereItIsAlsoValidUtf8() throws Exception {
        JsonNode a = features("--layer", file("01-dbf-ldid-gbk/a_gbk_ldid.shp"));
        assertThat(a.path("features").findValuesAsText("TYPE")).containsExactly("农业", "水源");
        assertThat(layers("01-dbf-ldid-gbk/a_gbk_ldid.shp").warnings()).as("the code page is stated, not guessed")
                .isEmpty();
        JsonNode b = features("--layer", file("01-dbf-ldid-gbk/b_gbk_ldid.shp"));
        assertThat(b.path("features").findValuesAsText("TYPE")).containsExactly("阳泉农业", "盂县水源");
        assertThat(layers("01-dbf-ldid-gbk/c_gbk_cpg_utf8.shp").warnings())
                .anySatisfy(w -> assertThat(w).contains("not valid UTF-8"));
    }

    @Test
    void everyValidRecordIsReadAndHarmlessNotesAreSummarisedOnce() throws Exception {
        Listing numbered = layers("05-shp-gaps-recnums/c_recnum0_2500.shp");
        assertThat(numbered.layers().get(0).path("feature_count").asInt()).isEqualTo(2500);
        assertThat(numbered.warnings()).hasSize(1).first().asString().contains("2,500 records are numbered");
        Listing nulls = layers("05-shp-gaps-recnums/d_1001null_then_499.shp");
        assertThat(nulls.layers().get(0).path("feature_count").asInt()).isEqualTo(499);
        assertThat(nulls.warnings()).hasSize(1).first().asString().contains("1,001 records have a null shape");
        assertBounds(nulls.layers().get(0), 113.3, 37.7, 113.795, 37.795);
        for (String name : List.of("05-shp-gaps-recnums/a_recnum0.shp", "05-shp-gaps-recnums/b_gap_stale.shp")) {
            Listing listing = layers(name);
            assertThat(listing.layers().get(0).path("feature_count").asInt()).as(name).isEqualTo(3);
            assertBounds(listing.layers().get(0), 113.5, 37.9, 113.55, 37.91);
        }
    }

    @Test
    void aHoleStaysAHoleWhateverTheOrientationOfTheRings() throws Exception {
        for (String name : List.of("a_esri_cw_outer_ccw_hole", "b_ccw_outer_cw_hole", "c_ccw_outer_ccw_hole")) {
            ReadResult result = new LayerFormats().readFirst(CASES.resolve("06-shp-ring-orientation/" + name + ".shp"),
                    ReadOptions.defaults("en"));
            assertThat(result.features().size()).as(name).isEqualTo(1);
            assertThat(result.features().features().get(0).geometry().getArea()).as(name)
                    .isCloseTo(11_711_963, within(50.0));
            assertThat(result.problems()).as("%s: nothing to repair", name).isEmpty();
            Listing listing = layers("06-shp-ring-orientation/" + name + ".shp");
            assertBounds(listing.layers().get(0), 113.50, 37.90, 113.54, 37.94);
        }
    }

    @Test
    void everyGeoPackageTableIsALayerAndAnEmptyOneIsReportedWithoutBounds() throws Exception {
        Listing two = layers("09-gpkg-multi-table/a_two_tables.gpkg");
        assertThat(two.layers()).extracting(l -> l.path("table").asText() + "=" + l.path("feature_count").asInt())
                .containsExactly("parcels=2", "wells=3");
        assertThat(two.layers()).allSatisfy(l -> assertThat(l.path("source_crs").asText()).isEqualTo("EPSG:4326"));
        Listing one = layers("09-gpkg-multi-table/a_two_tables.gpkg#wells");
        assertThat(one.layers()).extracting(l -> l.path("table").asText()).containsExactly("wells");
        assertBounds(one.layers().get(0), 113.6, 37.95, 113.64, 37.97);
        Listing empty = layers("09-gpkg-multi-table/b_empty_first.gpkg");
        assertThat(empty.layers()).extracting(l -> l.path("table").asText() + "=" + l.path("feature_count").asInt())
                .containsExactly("template_empty=0", "parcels=2");
        JsonNode emptyTable = empty.layers().stream().filter(l -> l.path("feature_count").asInt() == 0)
                .findFirst().orElseThrow();
        assertThat(emptyTable.has("bounds_wgs84")).as("an empty layer has no bounds").isFalse();
        assertThat(empty.warnings()).anySatisfy(w -> assertThat(w).contains("table template_empty")
                .contains("no features"));
    }

    @Test
    void curvesAreLinearisedAndSaidSo() throws Exception {
        Listing curve = layers("11-gpkg-geometry-types/a_curvepolygon.gpkg");
        assertThat(curve.layers().get(0).path("feature_count").asInt()).isEqualTo(1);
        assertBounds(curve.layers().get(0), 113.48, 37.90, 113.52, 37.94);
        assertThat(curve.warnings()).hasSize(1).first().asString().contains("linearised").contains("1°");
        ReadResult circle = new LayerFormats().readFirst(CASES.resolve("11-gpkg-geometry-types/a_curvepolygon.gpkg"),
                ReadOptions.defaults("en"));
        double radius = 0.02 * Math.PI / 180 * 6_371_000;
        assertThat(circle.features().features().get(0).geometry().getArea()).as("a circle of about 2.2 km")
                .isCloseTo(Math.PI * radius * radius * Math.cos(Math.toRadians(37.92)), within(0.01 * Math.PI * radius * radius));
        Listing multi = layers("11-gpkg-geometry-types/b_multisurface.gpkg");
        assertThat(multi.layers().get(0).path("feature_count").asInt()).isEqualTo(1);
        assertBounds(multi.layers().get(0), 113.50, 37.90, 113.51, 37.91);
        assertThat(layers("11-gpkg-geometry-types/d_geometrycollection.gpkg").layers().get(0)
                .path("feature_count").asInt()).isEqualTo(2);
    }

    @Test
    void aRecordOfZeroPartsHasNoGeometryAndTheMessageSaysSo() throws Exception {
        Listing listing = layers("18-shp-zero-part-records/a_zero_parts.shp");
        assertThat(listing.layers().get(0).path("feature_count").asInt()).isEqualTo(2);
        assertThat(listing.warnings()).hasSize(1).first().asString()
                .contains("0 parts and 0 points, no geometry").contains("record 2");
    }

    @Test
    void boundsAreThoseOfTheDataInWgs84() throws Exception {
        Listing listing = layers("19-bounds-wgs84-accuracy/a_corners.geojson");
        assertBounds(listing.layers().get(0), 113.0, 37.6, 114.0, 38.5);
    }

    @Test
    void featuresWritesAtomicallyToAFileAndStopsAtTheLimit(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path out = temp.resolve("wells.geojson");
        CommandLineTest.Run run = CommandLineTest.run("features", "--layer",
                file("09-gpkg-multi-table/a_two_tables.gpkg#wells"), "--limit", "2", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        JsonNode written = JSON.readTree(Files.readString(out, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(written.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(written.path("features")).hasSize(2);
        try (var files = Files.list(temp)) {
            assertThat(files.toList()).as("no temporary file left").containsExactly(out);
        }
    }

    @Test
    void attributesKeepTheFileOrderEverywhere() throws Exception {
        JsonNode geojson = features("--layer", file("20-attribute-order/a_20_props.geojson"));
        List<String> names = new ArrayList<>();
        geojson.path("features").get(0).path("properties").fieldNames().forEachRemaining(names::add);
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            expected.add(String.format("f%02d", i));
        }
        assertThat(names).containsExactlyElementsOf(expected);
        ReadResult gpkg = new LayerFormats().readFirst(CASES.resolve("20-attribute-order/c_gpkg_3fields.gpkg"),
                ReadOptions.defaults("en"));
        assertThat(gpkg.features().fields()).containsExactly("CODE", "TYPE", "AREA_MU");
        assertThat(gpkg.features().features().get(0).attributes().keySet()).containsExactly("CODE", "TYPE", "AREA_MU");
        JsonNode fromGpkg = features("--layer", file("20-attribute-order/c_gpkg_3fields.gpkg"));
        List<String> gpkgNames = new ArrayList<>();
        fromGpkg.path("features").get(0).path("properties").fieldNames().forEachRemaining(gpkgNames::add);
        assertThat(gpkgNames).containsExactly("CODE", "TYPE", "AREA_MU");
    }
}
