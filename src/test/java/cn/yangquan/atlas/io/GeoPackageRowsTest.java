package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.GeoPackageGeometryTest.Dimensions;
import cn.yangquan.atlas.io.GeoPackageGeometryTest.Wkb;
import cn.yangquan.atlas.model.Feature;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A GeoPackage of several chunks of rows, read with fetching and decoding on different threads: every feature in
 * file order with the coordinates JTS reads from its blob, every problem in file order, attributes typed and short
 * texts shared. The layer is in the map CRS (EPSG:4547), so coordinates come out as stored.
 */
class GeoPackageRowsTest {
    private static final int ROWS = 3 * GeoPackageRows.ROWS_PER_CHUNK + 123;
    private static final int EMPTY = 700;
    private static final int NULL = 1500;
    private static final int TRUNCATED = 2100;
    private static final int BOWTIE = 2500;
    private static final int CURVE = 3000;
    private static final GeometryFactory JTS = new GeometryFactory();

    @TempDir
    Path temp;

    /** The WKB of row {@code fid}: squares, some with a hole, some as a MultiPolygon, in both byte orders, some Z. */
    private static byte[] wkb(int fid) {
        double x = 450000 + (fid % 60) * 100.0;
        double y = 4190000 + (fid / 60) * 100.0;
        Polygon square = GeoPackageGeometryTest.square(x, y, 50, fid % 7 == 0);
        Geometry geometry = fid % 5 == 0
                ? JTS.createMultiPolygon(new Polygon[] {square, GeoPackageGeometryTest.square(x + 60, y, 20, false)})
                : square;
        if (fid == BOWTIE) {
            geometry = JTS.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 50, y + 50),
                new Coordinate(x + 50, y), new Coordinate(x, y + 50), new Coordinate(x, y)});
        }
        ByteOrder order = fid % 3 == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        return Wkb.of(geometry, order, fid % 11 == 0 ? Dimensions.ISO_Z : Dimensions.XY, false);
    }

    /** A CircularString (ISO type 8) of three points, a half circle. */
    private static byte[] circularString() {
        ByteBuffer wkb = ByteBuffer.allocate(9 + 48).order(ByteOrder.LITTLE_ENDIAN);
        wkb.put((byte) 1).putInt(8).putInt(3);
        for (double v : new double[] {460000, 4195000, 460050, 4195050, 460100, 4195000}) {
            wkb.putDouble(v);
        }
        return wkb.array();
    }

    private Path geoPackage(Map<Integer, byte[]> blobs) throws Exception {
        Path file = temp.resolve("parcels.gpkg");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement sql = connection.createStatement()) {
            sql.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY,"
                    + " organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,"
                    + " definition TEXT NOT NULL, description TEXT)");
            sql.execute("INSERT INTO gpkg_spatial_ref_sys VALUES ('CGCS2000 / 3-degree Gauss-Kruger CM 114E', 4547,"
                    + " 'EPSG', 4547, 'undefined', NULL)");
            sql.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,"
                    + " identifier TEXT, srs_id INTEGER)");
            sql.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,"
                    + " geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,"
                    + " m TINYINT NOT NULL)");
            sql.execute("INSERT INTO gpkg_contents VALUES ('parcels', 'features', 'parcels', 4547)");
            sql.execute("INSERT INTO gpkg_geometry_columns VALUES ('parcels', 'geom', 'GEOMETRY', 4547, 0, 0)");
            sql.execute("CREATE TABLE parcels (fid INTEGER PRIMARY KEY, geom BLOB, name TEXT, code INTEGER,"
                    + " area REAL, approximate BOOLEAN)");
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO parcels VALUES (?, ?, ?, ?, ?, ?)")) {
                for (int fid = 1; fid <= ROWS; fid++) {
                    insert.setInt(1, fid);
                    insert.setBytes(2, blobs.get(fid));
                    insert.setString(3, "地块" + fid % 4);
                    insert.setLong(4, 140311200000L + fid);
                    insert.setDouble(5, fid * 0.5);
                    insert.setInt(6, fid % 2);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            connection.commit();
        }
        return file;
    }

    @Test
    void rowsDecodedOnSeveralThreadsComeOutInFileOrderWithTheirProblems() throws Exception {
        Map<Integer, byte[]> blobs = new HashMap<>();
        for (int fid = 1; fid <= ROWS; fid++) {
            blobs.put(fid, GeoPackageGeometryTest.blob(wkb(fid), fid % 5));
        }
        blobs.put(EMPTY, new byte[] {'G', 'P', 0, 0x11, 0, 0, 0, 0});
        blobs.put(NULL, null);
        byte[] truncated = Arrays.copyOf(blobs.get(TRUNCATED), blobs.get(TRUNCATED).length - 5);
        blobs.put(TRUNCATED, truncated);
        blobs.put(CURVE, GeoPackageGeometryTest.blob(circularString(), 0));
        Path file = geoPackage(blobs);

        ReadResult result = new GeoPackageReader().read(file);

        String place = file + ", table parcels, fid ";
        assertThat(result.sourceCrs()).isEqualTo("EPSG:4547");
        assertThat(result.problems()).containsExactly(
                place + EMPTY + ": empty geometry (skipped)",
                place + NULL + ": no geometry (skipped)",
                place + TRUNCATED + ": corrupt geometry blob: " + GeoPackageGeometryTest.decoded(truncated) + " (skipped)",
                place + BOWTIE + ": invalid geometry repaired",
                file + ", table parcels: 1 curved geometries linearised (chords of at most 1° of arc, deviating at most"
                        + " 0.004 % of the radius; first: fid " + CURVE + ")");
        assertThat(result.repaired()).isEqualTo(1);
        List<Feature> features = result.features().features();
        List<String> expectedIds = new ArrayList<>();
        for (int fid = 1; fid <= ROWS; fid++) {
            if (fid != EMPTY && fid != NULL && fid != TRUNCATED) {
                expectedIds.add("parcels:" + fid);
            }
        }
        assertThat(features.stream().map(Feature::id).toList()).isEqualTo(expectedIds);
        Map<String, String> names = new HashMap<>();
        for (Feature feature : features) {
            int fid = Integer.parseInt(feature.id().substring("parcels:".length()));
            if (fid != BOWTIE && fid != CURVE) {
                Geometry expected = (Geometry) GeoPackageGeometryTest.jts(wkb(fid));
                assertThat(feature.geometry().equalsExact(expected)).as("fid %d", fid).isTrue();
                Polygon first = (Polygon) feature.geometry().getGeometryN(0);
                assertThat(first.getExteriorRing().getCoordinateSequence())
                        .isInstanceOf(PackedCoordinateSequence.Double.class);
            }
            assertThat(feature.attributes()).containsExactly(Map.entry("name", "地块" + fid % 4),
                    Map.entry("code", 140311200000L + fid), Map.entry("area", fid * 0.5),
                    Map.entry("approximate", fid % 2 == 1));
            String name = (String) feature.attributes().get("name");
            assertThat(names.computeIfAbsent(name, n -> name)).as("one text for each name").isSameAs(name);
        }
        assertThat(features.get(expectedIds.indexOf("parcels:" + CURVE)).geometry().getNumPoints()).isEqualTo(181);
    }
}
