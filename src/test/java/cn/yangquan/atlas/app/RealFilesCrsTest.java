package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CRS cases of {@code ../shared/cases/real-files/} (02c, 02d, 03a, 03b, 14a–f, and 02a/b beside them) through
 * the real {@code layers --json --layer FILE}: what loads, as which CRS and where, and what is refused, with one
 * message naming the file and the likely cause, and exit status 1 (a layer with only notes, such as a datum converted
 * without a shift, has loaded: exit status 0). Skipped when the shared cases are absent.
 */
class RealFilesCrsTest {
    private static final Path CASES = Path.of("../shared/cases/real-files");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WARNING = "yq-atlas: warning: ";

    /** The added layer (null when it was refused) and the warnings that name the file. */
    record Listed(int exit, JsonNode layer, List<String> warnings) {
    }

    private static Listed layers(String file, String language) throws Exception {
        Path path = CASES.resolve(file);
        assumeTrue(Files.exists(path), "the shared real-file cases are not beside the project: " + path);
        CommandLineTest.Run run = CommandLineTest.run("layers", "--json", "--layer", path.toString(), "--lang", language);
        String name = path.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        JsonNode added = null;
        if (run.exit() != 0) {
            // A named layer that did not load stops the command; its problems are the warnings on stderr.
            run.err().lines().filter(line -> line.startsWith(WARNING) && line.contains(name))
                    .forEach(line -> warnings.add(line.substring(WARNING.length())));
            return new Listed(run.exit(), null, warnings);
        }
        JsonNode root = JSON.readTree(run.out());
        for (JsonNode layer : root.path("layers")) {
            if (layer.path("group").asText().equals("user")) {
                added = layer;
            }
        }
        root.path("warnings").forEach(w -> {
            if (w.asText().contains(name)) {
                warnings.add(w.asText());
            }
        });
        return new Listed(run.exit(), added, warnings);
    }

    private static void assertAtTheParcel(JsonNode layer) {
        JsonNode bounds = layer.path("bounds_wgs84");
        assertThat(bounds.get(0).asDouble()).isCloseTo(113.50, within(1e-6));
        assertThat(bounds.get(1).asDouble()).isCloseTo(37.90, within(1e-6));
        assertThat(bounds.get(2).asDouble()).isCloseTo(113.51, within(1e-6));
        assertThat(bounds.get(3).asDouble()).isCloseTo(37.91, within(1e-6));
    }

    @Test
    void case03aXian1980Zone38LoadsAsEpsg2362AndSaysNoDatumShiftWasApplied() throws Exception {
        Listed listed = layers("03-prj-xian80-beijing54/a_xian80_zone38.shp", "en");
        assertThat(listed.exit()).isZero();
        assertThat(listed.layer().path("source_crs").asText()).isEqualTo("EPSG:2362");
        assertThat(listed.layer().path("feature_count").asInt()).isEqualTo(1);
        assertAtTheParcel(listed.layer());
        assertThat(listed.warnings()).singleElement().asString()
                .endsWith("a_xian80_zone38.shp: EPSG:2362 is on the Xian 1980 datum, for which no shift to CGCS2000 is "
                        + "published; converted without one, as GDAL does, so positions may be off by the order of 100 m");
    }

    @Test
    void case03bBeijing1954Zone38LoadsAsEpsg2414() throws Exception {
        Listed listed = layers("03-prj-xian80-beijing54/b_beijing54_zone38.shp", "zh");
        assertThat(listed.exit()).isZero();
        assertThat(listed.layer().path("source_crs").asText()).isEqualTo("EPSG:2414");
        assertAtTheParcel(listed.layer());
        assertThat(listed.warnings()).singleElement().asString().contains("Beijing 1954 基准").contains("100 米量级");
    }

    @Test
    void case02abTheZone38PrjInEsriAndLowerCaseSpellingLoadsAsEpsg4526() throws Exception {
        for (String file : new String[] {"a_esri_gauss_kruger.shp", "b_lowercase_tm.shp"}) {
            Listed listed = layers("02-prj-cgcs2000-gk-zone38/" + file, "en");
            assertThat(listed.exit()).as(file).isZero();
            assertThat(listed.layer().path("source_crs").asText()).as(file).isEqualTo("EPSG:4526");
            assertAtTheParcel(listed.layer());
            assertThat(listed.warnings()).as(file).isEmpty();
        }
    }

    @Test
    void case02cZonePrefixedEastingsUnderACentralMeridianPrjAreRefusedNamingThePrefix() throws Exception {
        Listed listed = layers("02-prj-cgcs2000-gk-zone38/c_zone_coords_cm_prj.shp", "en");
        assertThat(listed.exit()).as("a refused layer has not loaded").isEqualTo(1);
        assertThat(listed.layer()).as("no layer is added").isNull();
        assertThat(listed.warnings()).singleElement().asString()
                .contains("c_zone_coords_cm_prj.shp: the coordinates (x 38456024–38456909")
                .contains("cannot belong to EPSG:4547")
                .contains("the eastings carry the zone number 38 in front")
                .endsWith("the CRS that fits them is EPSG:4526");
    }

    @Test
    void case02dEastingsWithoutTheZonePrefixUnderAZonePrjAreRefusedTheSameWay() throws Exception {
        Listed listed = layers("02-prj-cgcs2000-gk-zone38/d_cm_coords_zone_prj.shp", "zh");
        assertThat(listed.exit()).isEqualTo(1);
        assertThat(listed.layer()).isNull();
        assertThat(listed.warnings()).singleElement().asString()
                .contains("d_cm_coords_zone_prj.shp").contains("不可能属于 EPSG:4526").contains("缺少带号前缀")
                .endsWith("EPSG:4547");
    }

    @Test
    void case14abcdEveryOldStyleCrsMemberLoadsTheParcelInItsCrs() throws Exception {
        String[][] cases = {{"a_urn_4547.geojson", "EPSG:4547"}, {"b_urn_4490_lonlat.geojson", "EPSG:4490"},
                {"c_short_4526.geojson", "EPSG:4526"}, {"d_old_epsg_type.geojson", "EPSG:4547"}};
        for (String[] c : cases) {
            Listed listed = layers("14-geojson-legacy-crs/" + c[0], "en");
            assertThat(listed.exit()).as(c[0]).isZero();
            assertThat(listed.layer().path("feature_count").asInt()).as(c[0]).isEqualTo(1);
            assertThat(listed.layer().path("source_crs").asText()).as(c[0]).isEqualTo(c[1]);
            assertAtTheParcel(listed.layer());
        }
    }

    @Test
    void case14efProjectedGeoJsonWithoutCrsGetsOneFileLevelMessage() throws Exception {
        for (String file : new String[] {"e_projected_no_crs.geojson", "f_projected_no_crs_3000.geojson"}) {
            Listed listed = layers("14-geojson-legacy-crs/" + file, "en");
            assertThat(listed.exit()).as(file).isEqualTo(1);
            assertThat(listed.layer()).as(file).isNull();
            assertThat(listed.warnings()).as(file).singleElement().asString()
                    .contains(file + ": no crs member: the coordinates (x ")
                    .endsWith("are not longitude/latitude and no CRS is given; choose the layer CRS");
        }
    }
}
