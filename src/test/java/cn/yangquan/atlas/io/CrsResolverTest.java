package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.yangquan.atlas.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/**
 * WKT to CRS key, for every CRS family planners' files come in, each as ESRI writes it (no AUTHORITY) and as OGC WKT1
 * (with AUTHORITY), and a known point through the key's projection against GDAL's value
 * ({@code src/test/resources/crs/}, written by {@code make-crs-fixtures.sh}).
 */
class CrsResolverTest {
    private static final Path FIXTURES = Path.of("src/test/resources/crs");
    private static final double LON = 113.55;
    private static final double LAT = 37.85;
    private static final String CGCS2000_GEOGCS = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";
    private static final String WGS84_GEOGCS = "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
            + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";
    /** As GDAL writes EPSG:4527 in OGC WKT1 (gdalsrsinfo -o wkt1). */
    private static final String OGC_4527 = "PROJCS[\"CGCS2000 / 3-degree Gauss-Kruger zone 39\",GEOGCS[\"China Geodetic "
            + "Coordinate System 2000\",DATUM[\"China_2000\",SPHEROID[\"CGCS2000\",6378137,298.257222101,AUTHORITY[\"EPSG\","
            + "\"1024\"]],AUTHORITY[\"EPSG\",\"1043\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\","
            + "0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4490\"]],PROJECTION[\"Transverse_Mercator\"],"
            + "PARAMETER[\"latitude_of_origin\",0],PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",1],"
            + "PARAMETER[\"false_easting\",39500000],PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\","
            + "\"9001\"]],AXIS[\"Northing\",NORTH],AXIS[\"Easting\",EAST],AUTHORITY[\"EPSG\",\"4527\"]]";
    /** As GDAL writes EPSG:32650 in OGC WKT1. */
    private static final String OGC_32650 = "PROJCS[\"WGS 84 / UTM zone 50N\",GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\","
            + "SPHEROID[\"WGS 84\",6378137,298.257223563,AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],"
            + "PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\","
            + "\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"latitude_of_origin\",0],"
            + "PARAMETER[\"central_meridian\",117],PARAMETER[\"scale_factor\",0.9996],PARAMETER[\"false_easting\",500000],"
            + "PARAMETER[\"false_northing\",0],UNIT[\"metre\",1,AUTHORITY[\"EPSG\",\"9001\"]],AXIS[\"Easting\",EAST],"
            + "AXIS[\"Northing\",NORTH],AUTHORITY[\"EPSG\",\"32650\"]]";
    /** As GDAL writes EPSG:3857 in OGC WKT1, without its outermost AUTHORITY. */
    private static final String OGC_PSEUDO_MERCATOR = "PROJCS[\"WGS 84 / Pseudo-Mercator\",GEOGCS[\"WGS 84\","
            + "DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563]],PRIMEM[\"Greenwich\",0],"
            + "UNIT[\"degree\",0.0174532925199433]],PROJECTION[\"Mercator_1SP\"],PARAMETER[\"central_meridian\",0],"
            + "PARAMETER[\"scale_factor\",1],PARAMETER[\"false_easting\",0],PARAMETER[\"false_northing\",0],"
            + "UNIT[\"metre\",1],EXTENSION[\"PROJ4\",\"+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 "
            + "+k=1 +units=m +nadgrids=@null +wktext +no_defs\"]]";
    private static final String ESRI_XIAN_1980 = "PROJCS[\"Xian_1980_3_Degree_GK_CM_114E\",GEOGCS[\"GCS_Xian_1980\","
            + "DATUM[\"D_Xian_1980\",SPHEROID[\"Xian_1980\",6378140.0,298.257]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]],PROJECTION[\"Gauss_Kruger\"],PARAMETER[\"False_Easting\",500000.0],"
            + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",114.0],PARAMETER[\"Scale_Factor\",1.0],"
            + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";

    /** ESRI WKT as {@code gdalsrsinfo -o wkt_esri EPSG:n} prints it (GDAL 3.6). */
    private static String esriProjected(String name, String geographic, String projection, double falseEasting,
                                        double centralMeridian, double scale) {
        return "PROJCS[\"" + name + "\"," + geographic + ",PROJECTION[\"" + projection + "\"],"
                + "PARAMETER[\"False_Easting\"," + falseEasting + "],PARAMETER[\"False_Northing\",0.0],"
                + "PARAMETER[\"Central_Meridian\"," + centralMeridian + "],PARAMETER[\"Scale_Factor\"," + scale + "],"
                + "PARAMETER[\"Latitude_Of_Origin\",0.0],UNIT[\"Meter\",1.0]]";
    }

    static Stream<Arguments> esriWkt() {
        return Stream.of(
                Arguments.of(4326, WGS84_GEOGCS),
                Arguments.of(4490, CGCS2000_GEOGCS),
                Arguments.of(4547, esriProjected("CGCS2000_3_Degree_GK_CM_114E", CGCS2000_GEOGCS, "Gauss_Kruger", 500000.0, 114.0, 1.0)),
                Arguments.of(4546, esriProjected("CGCS2000_3_Degree_GK_CM_111E", CGCS2000_GEOGCS, "Gauss_Kruger", 500000.0, 111.0, 1.0)),
                Arguments.of(4554, esriProjected("CGCS2000_3_Degree_GK_CM_135E", CGCS2000_GEOGCS, "Gauss_Kruger", 500000.0, 135.0, 1.0)),
                Arguments.of(4513, esriProjected("CGCS2000_3_Degree_GK_Zone_25", CGCS2000_GEOGCS, "Gauss_Kruger", 25500000.0, 75.0, 1.0)),
                Arguments.of(4526, esriProjected("CGCS2000_3_Degree_GK_Zone_38", CGCS2000_GEOGCS, "Gauss_Kruger", 38500000.0, 114.0, 1.0)),
                Arguments.of(4533, esriProjected("CGCS2000_3_Degree_GK_Zone_45", CGCS2000_GEOGCS, "Gauss_Kruger", 45500000.0, 135.0, 1.0)),
                Arguments.of(32649, esriProjected("WGS_1984_UTM_Zone_49N", WGS84_GEOGCS, "Transverse_Mercator", 500000.0, 111.0, 0.9996)),
                Arguments.of(32650, esriProjected("WGS_1984_UTM_Zone_50N", WGS84_GEOGCS, "Transverse_Mercator", 500000.0, 117.0, 0.9996)),
                Arguments.of(3857, "PROJCS[\"WGS_1984_Web_Mercator_Auxiliary_Sphere\"," + WGS84_GEOGCS
                        + ",PROJECTION[\"Mercator_Auxiliary_Sphere\"],PARAMETER[\"False_Easting\",0.0],"
                        + "PARAMETER[\"False_Northing\",0.0],PARAMETER[\"Central_Meridian\",0.0],"
                        + "PARAMETER[\"Standard_Parallel_1\",0.0],PARAMETER[\"Auxiliary_Sphere_Type\",0.0],UNIT[\"Meter\",1.0]]"));
    }

    /** One row of reference.tsv and one flavour of its WKT. */
    record Case(String crs, String flavour, String expectedKey, double x, double y) {
        @Override
        public String toString() {
            return crs + "." + flavour;
        }
    }

    static Stream<Case> fixtures() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(FIXTURES.resolve("reference.tsv"))) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            for (String flavour : new String[] {"esri", "ogc", "wkt2"}) {
                if (Files.exists(FIXTURES.resolve(f[0] + "." + flavour + ".prj"))) {
                    cases.add(new Case(f[0], flavour, f[1], Double.parseDouble(f[3]), Double.parseDouble(f[4])));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void eachCrsFamilyResolvesToItsCodeAndProjectsAKnownPointAsGdalDoes(Case c) throws Exception {
        String wkt = Files.readString(FIXTURES.resolve(c.crs() + "." + c.flavour() + ".prj"), StandardCharsets.UTF_8);
        String key = CrsResolver.resolve(wkt, c.crs() + ".prj", "");
        if (c.expectedKey().startsWith("+proj=")) {
            assertThat(key).startsWith(c.expectedKey() + " ");
        } else {
            assertThat(key).isEqualTo(c.expectedKey());
        }
        // The point as longitude/latitude on the CRS's own datum, through the map CRS and back to the source CRS.
        double[] map = MapProjection.fromWgs84().toMap(LON, LAT);
        double[] source = new MapProjection(key).toSource(map[0], map[1]);
        double tolerance = c.x() < 360 ? 1e-8 : 0.5;
        assertThat(source[0]).as("x").isCloseTo(c.x(), within(tolerance));
        assertThat(source[1]).as("y").isCloseTo(c.y(), within(tolerance));
        double[] back = new MapProjection(key).toMap(c.x(), c.y());
        assertThat(back[0]).isCloseTo(map[0], within(0.5));
        assertThat(back[1]).isCloseTo(map[1], within(0.5));
    }

    @ParameterizedTest(name = "EPSG:{0}")
    @MethodSource("esriWkt")
    void esriWktWithoutAuthorityIsMatchedByDatumAndParameters(int code, String wkt) throws Exception {
        assertThat(CrsResolver.resolve(wkt, "x.prj", "")).isEqualTo("EPSG:" + code);
    }

    @Test
    void theOutermostEpsgAuthorityWins() throws Exception {
        assertThat(CrsResolver.resolve(OGC_4527, "x.prj", "")).isEqualTo("EPSG:4527");
        assertThat(CrsResolver.resolve(OGC_32650, "x.prj", "")).isEqualTo("EPSG:32650");
    }

    @Test
    void ogcWktWithoutItsOutermostAuthorityIsMatchedAndNotTakenForItsGeographicCrs() throws Exception {
        String noAuthority = OGC_32650.replace(",AUTHORITY[\"EPSG\",\"32650\"]]", "]");
        assertThat(CrsResolver.resolve(noAuthority, "x.prj", "")).isEqualTo("EPSG:32650");
        assertThat(CrsResolver.resolve(OGC_4527.replace(",AUTHORITY[\"EPSG\",\"4527\"]]", "]"), "x.prj", ""))
                .isEqualTo("EPSG:4527");
        assertThat(CrsResolver.resolve(OGC_PSEUDO_MERCATOR, "x.prj", "")).isEqualTo("EPSG:3857");
    }

    @Test
    void theDatumNameTellsApartCrssWithEqualParameters() throws Exception {
        // Beijing 1954, New Beijing and Pulkovo 1942 zone 38 differ only by name (and a datum shift proj4j would apply).
        String beijing = Files.readString(FIXTURES.resolve("beijing1954-3-zone38.esri.prj"));
        assertThat(CrsResolver.resolve(beijing, "b.prj", "")).isEqualTo("EPSG:2414");
        assertThat(CrsResolver.resolve(beijing.replace("Beijing_1954", "New_Beijing"), "n.prj", "")).isEqualTo("EPSG:4774");
        assertThat(CrsResolver.resolve(beijing.replace("Beijing_1954", "Pulkovo_1942"), "p.prj", "")).isEqualTo("EPSG:2555");
    }

    @Test
    void everyCgcs2000GaussKrugerCodeIsMatchedAndUsableByTheMapProjection() throws Exception {
        List<String> resolved = new ArrayList<>();
        for (int zone = 25; zone <= 45; zone++) {
            double meridian = zone * 3.0;
            resolved.add(CrsResolver.resolve(esriProjected("CGCS2000_3_Degree_GK_CM_" + (int) meridian + "E", CGCS2000_GEOGCS,
                    "Gauss_Kruger", 500000.0, meridian, 1.0), "x.prj", ""));
            resolved.add(CrsResolver.resolve(esriProjected("CGCS2000_3_Degree_GK_Zone_" + zone, CGCS2000_GEOGCS, "Transverse_Mercator",
                    zone * 1e6 + 500000, meridian, 1.0), "x.prj", ""));
        }
        List<String> expected = new ArrayList<>();
        IntStream.rangeClosed(0, 20).forEach(i -> {
            expected.add("EPSG:" + (4534 + i));
            expected.add("EPSG:" + (4513 + i));
        });
        assertThat(resolved).isEqualTo(expected);
    }

    @Test
    void theListedCodesExistInProj4jAndTransformToTheMapCrs() {
        for (int code : new int[] {4326, 4490, 4513, 4526, 4533, 4534, 4546, 4547, 4554, 32649, 32650, 3857, 2362, 2414}) {
            assertThat(CrsResolver.isKnown(code)).as("EPSG:%d", code).isTrue();
            new MapProjection("EPSG:" + code);
        }
        // Yangquan's centre, 113.58E 37.86N, in zone 38 (CM 114E) with the zone prefix.
        double[] zone38 = new MapProjection("EPSG:4526").toSource(463_000, 4_190_000);
        assertThat(zone38[0]).isCloseTo(38_463_000, within(0.01));
        assertThat(CrsResolver.isKnown(999_999)).isFalse();
    }

    @Test
    void aCrsWithoutACodeIsKeyedByItsDefinitionAndProjects() throws Exception {
        String otherMeridian = esriProjected("CGCS2000_GK_CM_114_5E", CGCS2000_GEOGCS, "Gauss_Kruger", 500000.0, 114.5, 1.0);
        String key = CrsResolver.resolve(otherMeridian, "m.prj", "");
        assertThat(key).startsWith("+proj=tmerc").contains("+lon_0=114.5");
        double[] source = new MapProjection(key).toSource(500_000, 4_190_000);
        assertThat(source[0]).isBetween(450_000.0, 460_000.0);
        // Six-degree and three-degree CM 111E have equal definitions; the name tells which.
        assertThat(CrsResolver.resolve(esriProjected("CGCS2000_GK_CM_111E", CGCS2000_GEOGCS, "Gauss_Kruger", 500000.0,
                111.0, 1.0), "s.prj", "")).isEqualTo("EPSG:4508");
    }

    @Test
    void whatCannotBeACrsNamesTheFileAndTheCause() {
        String mars = WGS84_GEOGCS.replace("6378137.0", "3396190.0");
        assertThatThrownBy(() -> CrsResolver.resolve(mars, "/data/mars.prj", "")).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith("/data/mars.prj: the ellipsoid \"WGS_1984\"").hasMessageContaining("not an Earth ellipsoid");
        String orthographic = esriProjected("Ortho", CGCS2000_GEOGCS, "Orthographic", 0.0, 114.0, 1.0);
        assertThatThrownBy(() -> CrsResolver.resolve(orthographic, "o.prj", "")).isInstanceOf(InputProblem.class)
                .hasMessageContaining("o.prj").hasMessageContaining("Orthographic").hasMessageContaining("not supported");
    }

    @Test
    void malformedWktGivesThePlaceNotAnException() {
        assertThatThrownBy(() -> CrsResolver.resolve("GEOGCS[\"WGS 84\",DATUM[\"x\"", "bad.prj", ""))
                .isInstanceOf(InputProblem.class).hasMessageContaining("bad.prj: malformed WKT at character");
        assertThatThrownBy(() -> CrsResolver.resolve("[".repeat(10_000), "deep.prj", ""))
                .isInstanceOf(InputProblem.class).hasMessageContaining("deep.prj");
        assertThatThrownBy(() -> CrsResolver.resolve("A[".repeat(100) + "1" + "]".repeat(100), "nest.prj", ""))
                .isInstanceOf(InputProblem.class).hasMessageContaining("nested deeper than");
        assertThatThrownBy(() -> CrsResolver.resolve("", "empty.prj", "")).isInstanceOf(InputProblem.class);
        assertThatThrownBy(() -> CrsResolver.resolve("x".repeat(CrsResolver.MAX_WKT_CHARS + 1), "long.prj", ""))
                .isInstanceOf(InputProblem.class).hasMessageContaining("longer than");
    }

    @Test
    void messagesFollowTheReportLanguage() {
        Messages.setReportLanguage("zh");
        assertThatThrownBy(() -> CrsResolver.resolve("GEOGCS[\"WGS 84\",DATUM[\"x\"", "bad.prj", ""))
                .isInstanceOf(InputProblem.class).hasMessageContaining("bad.prj: WKT 无法解析");
    }

    @Test
    void dataWithoutCrsIsTakenAsLonLatOnlyWhenItFits() throws Exception {
        List<String> problems = new ArrayList<>();
        assertThat(CrsResolver.assumeLonLat(new Envelope(113, 114, 37, 38), "a.shp", "no .prj", problems))
                .isEqualTo("EPSG:4326");
        assertThat(problems).containsExactly("a.shp: no .prj, assumed WGS84 lon/lat (EPSG:4326)");
        assertThatThrownBy(() -> CrsResolver.assumeLonLat(new Envelope(400_000, 500_000, 4.1e6, 4.2e6), "b.shp",
                "no .prj", problems))
                .isInstanceOf(InputProblem.class).hasMessage("b.shp: no .prj: the coordinates (x 400000–500000, "
                        + "y 4100000–4200000) are not longitude/latitude and no CRS is given; choose the layer CRS");
        assertThat(problems).hasSize(1);
    }
}
