package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.yangquan.atlas.io.shapefile.DbfReader;
import cn.yangquan.atlas.io.shapefile.ShapefileReader;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/** Ring assembly whatever the orientation, the .dbf code-page byte, and curves in WKB. */
class RingsCodePagesAndCurvesTest {
    /** Counter-clockwise: the opposite of what the shapefile format asks of outer rings. */
    private static final double[] OUTER_CCW = {113, 37, 114, 37, 114, 38, 113, 38, 113, 37};
    private static final double[] HOLE_CCW = {113.2, 37.2, 113.8, 37.2, 113.8, 37.8, 113.2, 37.8, 113.2, 37.2};
    private static final double[] ISLAND_CW = {113.4, 37.4, 113.4, 37.6, 113.6, 37.6, 113.6, 37.4, 113.4, 37.4};
    private static final double[] OTHER_CCW = {114.5, 37, 115, 37, 115, 37.5, 114.5, 37.5, 114.5, 37};

    @TempDir
    Path temp;

    private ReadResult read(String stem, ShapefileBytes.Shape shape) throws Exception {
        ShapefileBytes.writeShp(temp, stem, 5, List.of(shape));
        Files.write(temp.resolve(stem + ".dbf"), ShapefileBytes.dbf(List.of(new ShapefileBytes.Field("id", 'N', 3, 0)),
                List.<String[]>of(new String[] {"1"}), Set.of()));
        return new ShapefileReader().read(temp.resolve(stem + ".shp"));
    }

    @Test
    void ringsAreShellsOrHolesByHowManyRingsContainThemNotByOrientation() throws Exception {
        ReadResult result = read("island", ShapefileBytes.polygon(ISLAND_CW, OTHER_CCW, HOLE_CCW, OUTER_CCW));
        Geometry geometry = result.features().features().get(0).geometry();
        assertThat(geometry).isInstanceOf(MultiPolygon.class);
        assertThat(geometry.isValid()).isTrue();
        assertThat(result.repaired()).as("nothing to repair").isZero();
        // Shells keep their file order: the island, the other square, the outer ring (with the hole).
        assertThat(geometry.getNumGeometries()).isEqualTo(3);
        assertThat(((Polygon) geometry.getGeometryN(0)).getNumInteriorRing()).isZero();
        assertThat(((Polygon) geometry.getGeometryN(1)).getNumInteriorRing()).isZero();
        assertThat(((Polygon) geometry.getGeometryN(2)).getNumInteriorRing()).isEqualTo(1);
        double outer = ((Polygon) geometry.getGeometryN(2)).getExteriorRing().getEnvelopeInternal().getArea();
        assertThat(geometry.getGeometryN(2).getArea()).as("the hole is not filled").isLessThan(0.7 * outer);
    }

    @Test
    void theCodePageByteNamesTheEncodingAfterTheCpgAndBeforeDetection() throws Exception {
        assertThat(DbfReader.ldidCharset(0x4D)).contains(DbfReader.GBK);
        assertThat(DbfReader.ldidCharset(0x7A)).contains(DbfReader.GBK);
        assertThat(DbfReader.ldidCharset(0x57)).contains(Charset.forName("windows-1252"));
        assertThat(DbfReader.ldidCharset(0x4F)).contains(Charset.forName("Big5"));
        assertThat(DbfReader.ldidCharset(0xC9)).contains(Charset.forName("windows-1251"));
        assertThat(DbfReader.ldidCharset(0)).isEmpty();
        assertThat(DbfReader.ldidCharset(0xFE)).isEmpty();

        LayerFixtures.copy("townships-nocpg", temp);
        setLdid(temp.resolve("townships-nocpg.dbf"), 0x4D);
        ReadResult gbk = new ShapefileReader().read(temp.resolve("townships-nocpg.shp"));
        assertThat(gbk.problems()).as("stated, not guessed: no warning").isEmpty();
        LayerFixtures.assertSameTownships(gbk);

        LayerFixtures.copy("townships-4547", temp);
        setLdid(temp.resolve("townships-4547.dbf"), 0x4D);
        ReadResult utf8 = new ShapefileReader().read(temp.resolve("townships-4547.shp"));
        assertThat(utf8.problems()).as("the .cpg (UTF-8) comes first").isEmpty();
        LayerFixtures.assertSameTownships(utf8);
    }

    private static void setLdid(Path dbf, int ldid) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(dbf.toFile(), "rw")) {
            file.seek(29);
            file.write(ldid);
        }
    }

    /** ISO WKB, little-endian: a type and its points. */
    private static ByteBuffer wkb(int type, int capacity) {
        ByteBuffer buffer = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        return buffer.put((byte) 1).putInt(type);
    }

    private static byte[] circularString(double... xy) {
        ByteBuffer buffer = wkb(8, 9 + 8 * xy.length).putInt(xy.length / 2);
        for (double v : xy) {
            buffer.putDouble(v);
        }
        return buffer.array();
    }

    @Test
    void arcsAreCutIntoChordsOnTheirCircleGoingTheirOwnWayRound() {
        // Clockwise from (0,0) over (1,1) to (2,0): the upper half of the circle of radius 1 around (1,0).
        Geometry arc = CurveWkb.read(circularString(0, 0, 1, 1, 2, 0));
        Coordinate[] points = arc.getCoordinates();
        assertThat(points.length).isEqualTo(181);
        for (Coordinate point : points) {
            assertThat(Math.hypot(point.x - 1, point.y)).isCloseTo(1, within(1e-12));
            assertThat(point.y).isGreaterThanOrEqualTo(-1e-12);
        }
        assertThat(points[90].x).isCloseTo(1, within(1e-12));
        // Counter-clockwise from (0,0) over (1,-1) to (2,0): the lower half.
        assertThat(CurveWkb.read(circularString(0, 0, 1, -1, 2, 0)).getCoordinates()[90].y).isCloseTo(-1, within(1e-12));
        // Collinear points are a straight line.
        assertThat(CurveWkb.read(circularString(0, 0, 1, 1, 2, 2)).getCoordinates()).hasSize(3);
    }

    @Test
    void aCompoundCurvePolygonIsLinearisedAndBadCountsAreRefused() {
        byte[] half = circularString(0, 0, 1, 1, 2, 0);
        ByteBuffer line = wkb(2, 9 + 32).putInt(2).putDouble(2).putDouble(0).putDouble(0).putDouble(0);
        ByteBuffer compound = wkb(9, 9 + half.length + line.capacity()).putInt(2).put(half).put(line.array());
        ByteBuffer polygon = wkb(10, 9 + compound.capacity()).putInt(1).put(compound.array());
        Geometry halfDisc = CurveWkb.read(polygon.array());
        assertThat(halfDisc).isInstanceOf(Polygon.class);
        assertThat(halfDisc.getArea()).isCloseTo(Math.PI / 2, within(Math.PI / 2 * 1e-4));
        assertThat(CurveWkb.isCurve(polygon.array())).isTrue();

        byte[] lying = circularString(0, 0, 1, 1, 2, 0);
        ByteBuffer.wrap(lying).order(ByteOrder.LITTLE_ENDIAN).putInt(5, 1_000_000);
        assertThatThrownBy(() -> CurveWkb.read(lying)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("runs past the end");
        assertThatThrownBy(() -> CurveWkb.read(circularString(0, 0, 1, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("odd number of points");
    }
}
