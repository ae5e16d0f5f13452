package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.model.Feature;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoPackageReaderTest {
    private static final String CGCS2000_ESRI = "GEOGCS[\"GCS_China_Geodetic_Coordinate_System_2000\","
            + "DATUM[\"D_China_2000\",SPHEROID[\"CGCS2000\",6378137.0,298.257222101]],PRIMEM[\"Greenwich\",0.0],"
            + "UNIT[\"Degree\",0.0174532925199433]]";

    private final GeoPackageReader reader = new GeoPackageReader();

    @TempDir
    Path temp;

    private Path copy(String name) throws Exception {
        Path copy = temp.resolve(name);
        Files.copy(LayerFixtures.DIR.resolve(name), copy);
        return copy;
    }

    private static void execute(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.executeUpdate(sql);
            }
        }
    }

    @Test
    void listsTheFeatureTables() throws Exception {
        assertThat(reader.tables(LayerFixtures.DIR.resolve("townships-4547.gpkg"))).containsExactly("townships");
    }

    @Test
    void readsBothFixturesWithTypedAttributes() throws Exception {
        for (String name : new String[] {"townships-4547.gpkg", "townships-4490.gpkg"}) {
            ReadResult result = reader.read(LayerFixtures.DIR.resolve(name), "townships");
            assertThat(result.problems()).as(name).isEmpty();
            assertThat(result.sourceCrs()).isEqualTo(name.contains("4547") ? "EPSG:4547" : "EPSG:4490");
            Feature first = result.features().features().get(0);
            assertThat(first.id()).isEqualTo("townships:1");
            assertThat(first.attributes()).containsEntry("name", "城区").containsEntry("approximate", true)
                    .doesNotContainKeys("fid", "geom");
            LayerFixtures.assertSameTownships(result);
        }
    }

    @Test
    void anSrsWithoutEpsgCodeIsResolvedFromItsDefinition() throws Exception {
        Path file = copy("townships-4490.gpkg");
        execute(file, "UPDATE gpkg_spatial_ref_sys SET organization = 'NONE', organization_coordsys_id = 4490,"
                + " definition = '" + CGCS2000_ESRI.replace("'", "''") + "' WHERE srs_id = 4490");
        ReadResult result = reader.read(file);
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4490");
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void anUndefinedSrsWithLonLatCoordinatesIsTakenAsWgs84WithAWarning() throws Exception {
        Path file = copy("townships-4490.gpkg");
        execute(file, "UPDATE gpkg_geometry_columns SET srs_id = 0");
        ReadResult result = reader.read(file);
        assertThat(result.problems()).containsExactly(file + ": srs_id 0 is undefined, assumed WGS84 lon/lat (EPSG:4326)");
        LayerFixtures.assertSameTownships(result);
    }

    @Test
    void anUnknownSrsNamesTheFileAndTheCrs() throws Exception {
        Path file = copy("townships-4547.gpkg");
        execute(file, "UPDATE gpkg_spatial_ref_sys SET organization = 'LOCAL', definition ="
                + " 'PROJCS[\"Yangquan local grid\",GEOGCS[\"Beijing 1954\",DATUM[\"Beijing_1954\",SPHEROID[\"Krassowsky 1940\","
                + "6378245,298.3]]],PROJECTION[\"Transverse_Mercator\"],PARAMETER[\"central_meridian\",113.5],UNIT[\"metre\",1]]'"
                + " WHERE srs_id = 4547");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class)
                .hasMessageStartingWith(file + ", gpkg_spatial_ref_sys srs_id 4547: malformed WKT at character 35")
                .hasMessageContaining("AngleUnit");
    }

    @Test
    void corruptBlobsAreSkippedAndNamedByTableAndFid() throws Exception {
        Path file = copy("townships-4547.gpkg");
        execute(file,
                "UPDATE townships SET geom = X'47500003C3110000FFFF' WHERE fid = 5",
                "UPDATE townships SET geom = X'0102030405060708090A' WHERE fid = 6",
                "UPDATE townships SET geom = substr(geom, 1, 60) WHERE fid = 7",
                "UPDATE townships SET geom = NULL WHERE fid = 8",
                "UPDATE townships SET geom = X'47500011C3110000' WHERE fid = 9");
        ReadResult result = reader.read(file);
        assertThat(result.features().size()).isEqualTo(28);
        String table = file + ", table townships, fid ";
        assertThat(result.problems()).hasSize(5).satisfiesExactly(
                p -> assertThat(p).startsWith(table + "5: corrupt geometry blob: 10 bytes end before the WKB, which starts at byte 40"),
                p -> assertThat(p).isEqualTo(table + "6: corrupt geometry blob: starts with 0x0102, not the magic 'GP' (skipped)"),
                p -> assertThat(p).startsWith(table + "7: corrupt geometry blob: bad WKB: ").endsWith("(skipped)"),
                p -> assertThat(p).isEqualTo(table + "8: no geometry (skipped)"),
                p -> assertThat(p).isEqualTo(table + "9: empty geometry (skipped)"));
    }

    @Test
    void blobHeadersWithEveryEnvelopeSizeAreParsed() throws Exception {
        byte[] wkb = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x5C, 0x40, 0, 0, 0, 0, 0, 0, 0x43, 0x40};
        int[] envelopes = {0, 32, 48, 48, 64};
        for (int indicator = 0; indicator < envelopes.length; indicator++) {
            byte[] blob = new byte[8 + envelopes[indicator] + wkb.length];
            blob[0] = 'G';
            blob[1] = 'P';
            blob[3] = (byte) (indicator << 1 | 1);
            System.arraycopy(wkb, 0, blob, 8 + envelopes[indicator], wkb.length);
            assertThat(GeoPackageGeometry.read(blob).getCoordinate().x).isEqualTo(112.0);
        }
        byte[] badIndicator = {'G', 'P', 0, 5 << 1, 0, 0, 0, 0, 1};
        assertThatThrownBy(() -> GeoPackageGeometry.read(badIndicator))
                .hasMessage("envelope indicator 5 is invalid");
    }

    @Test
    void aTextFileRenamedGpkgIsNotAGeoPackage() throws Exception {
        Path file = temp.resolve("layer.gpkg");
        Files.writeString(file, "name,x,y\n西南舁乡,113.6,37.8\n");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class)
                .hasMessage(file + ", byte 0: not a GeoPackage: the file is not an SQLite database");
        assertThatThrownBy(() -> reader.tables(file)).isInstanceOf(InputProblem.class);
    }

    @Test
    void anSqliteDatabaseWithoutGeoPackageTablesIsNotAGeoPackage() throws Exception {
        Path file = temp.resolve("plain.gpkg");
        execute(file, "CREATE TABLE t (a INTEGER)");
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class)
                .hasMessage(file + ": not a GeoPackage: an SQLite database without [gpkg_contents, gpkg_geometry_columns,"
                        + " gpkg_spatial_ref_sys]");
    }

    @Test
    void aMissingTableIsNamed() {
        Path file = LayerFixtures.DIR.resolve("townships-4547.gpkg");
        assertThatThrownBy(() -> reader.read(file, "roads")).isInstanceOf(InputProblem.class)
                .hasMessage(file + ", table roads: no such feature table; the feature tables are [townships]");
    }

    @Test
    void opensReadOnlyAndLeavesTheFileAsItWas() throws Exception {
        Path file = copy("townships-4547.gpkg");
        byte[] before = Files.readAllBytes(file);
        assertThat(file.toFile().setReadOnly()).isTrue();
        assertThat(reader.read(file).features().size()).isEqualTo(33);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (var files = Files.list(temp)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("townships-4547.gpkg");
        }
    }
}
