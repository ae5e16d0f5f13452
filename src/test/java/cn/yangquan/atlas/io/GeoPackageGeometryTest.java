package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The in-place WKB decoder against JTS's {@code WKBReader}: the same x,y for every type, both byte orders and every
 * way of coding Z and M, packed 2D sequences, and for broken WKB the same messages the reader gave before.
 */
class GeoPackageGeometryTest {
    private static final GeometryFactory JTS = new GeometryFactory();

    /** How a WKB type code says Z and M: ISO adds 1000/2000/3000, EWKB sets the high bits. */
    enum Dimensions {
        XY(0, 0, false, false), ISO_Z(1000, 0, true, false), ISO_M(2000, 0, false, true),
        ISO_ZM(3000, 0, true, true), FLAG_Z(0, 0x80000000, true, false), FLAG_M(0, 0x40000000, false, true),
        FLAG_ZM(0, 0xC0000000, true, true);

        final int add;
        final int flags;
        final boolean z;
        final boolean m;

        Dimensions(int add, int flags, boolean z, boolean m) {
            this.add = add;
            this.flags = flags;
            this.z = z;
            this.m = m;
        }
    }

    /** Writes WKB by hand, so that every coding can be made whatever JTS's writer supports. */
    static final class Wkb {
        private final ByteBuffer out = ByteBuffer.allocate(1 << 16);
        private final Dimensions dimensions;
        /** The byte order of the outer geometry; parts take the other one when {@code mixed}. */
        private final ByteOrder order;
        private final boolean mixed;

        Wkb(ByteOrder order, Dimensions dimensions, boolean mixed) {
            this.order = order;
            this.dimensions = dimensions;
            this.mixed = mixed;
        }

        static byte[] of(Geometry geometry, ByteOrder order, Dimensions dimensions, boolean mixed) {
            Wkb wkb = new Wkb(order, dimensions, mixed);
            wkb.geometry(geometry, order);
            return Arrays.copyOf(wkb.out.array(), wkb.out.position());
        }

        private void geometry(Geometry geometry, ByteOrder byteOrder) {
            out.order(byteOrder);
            out.put((byte) (byteOrder == ByteOrder.LITTLE_ENDIAN ? 1 : 0));
            int base = switch (geometry.getGeometryType()) {
                case "Point" -> 1;
                case "LineString" -> 2;
                case "Polygon" -> 3;
                case "MultiPoint" -> 4;
                case "MultiLineString" -> 5;
                case "MultiPolygon" -> 6;
                default -> 7;
            };
            out.putInt((base + dimensions.add) | dimensions.flags);
            switch (base) {
                case 1 -> {
                    Coordinate c = geometry.isEmpty() ? new Coordinate(Double.NaN, Double.NaN) : geometry.getCoordinate();
                    vertex(c, 0);
                }
                case 2 -> vertices(geometry.getCoordinates());
                case 3 -> {
                    Polygon polygon = (Polygon) geometry;
                    out.putInt(polygon.isEmpty() ? 0 : 1 + polygon.getNumInteriorRing());
                    if (!polygon.isEmpty()) {
                        vertices(polygon.getExteriorRing().getCoordinates());
                        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                            vertices(polygon.getInteriorRingN(i).getCoordinates());
                        }
                    }
                }
                default -> {
                    out.putInt(geometry.getNumGeometries());
                    ByteOrder parts = mixed ? (byteOrder == ByteOrder.BIG_ENDIAN ? ByteOrder.LITTLE_ENDIAN
                            : ByteOrder.BIG_ENDIAN) : byteOrder;
                    for (int i = 0; i < geometry.getNumGeometries(); i++) {
                        geometry(geometry.getGeometryN(i), parts);
                        out.order(byteOrder);
                    }
                }
            }
        }

        private void vertices(Coordinate[] coordinates) {
            out.putInt(coordinates.length);
            for (int i = 0; i < coordinates.length; i++) {
                vertex(coordinates[i], i);
            }
        }

        private void vertex(Coordinate c, int i) {
            out.putDouble(c.x).putDouble(c.y);
            if (dimensions.z) {
                out.putDouble(900 + i);
            }
            if (dimensions.m) {
                out.putDouble(-i);
            }
        }
    }

    /** A GeoPackage blob around the WKB, with an envelope of {@code envelopeIndicator}'s size (of any value). */
    static byte[] blob(byte[] wkb, int envelopeIndicator) {
        int envelope = new int[] {0, 32, 48, 48, 64}[envelopeIndicator];
        byte[] blob = new byte[8 + envelope + wkb.length];
        blob[0] = 'G';
        blob[1] = 'P';
        blob[3] = (byte) (envelopeIndicator << 1 | 1);
        System.arraycopy(wkb, 0, blob, 8 + envelope, wkb.length);
        return blob;
    }

    /**
     * What the reader gave before the in-place decoder, for WKB that is not a curve: JTS, its finite check, every fault
     * as "bad WKB: ...", and where JTS refuses, the curve reader's try (which reads a byte order other than 0 as
     * little-endian, where JTS keeps the last one).
     */
    static Object jts(byte[] wkb) {
        try {
            Geometry geometry;
            try {
                geometry = new WKBReader().read(wkb);
            } catch (ParseException e) {
                try {
                    return CurveWkb.read(wkb);
                } catch (IllegalArgumentException curves) {
                    throw e;
                }
            }
            if (geometry.isEmpty()) {
                return null;
            }
            for (Coordinate c : geometry.getCoordinates()) {
                if (!Double.isFinite(c.x) || !Double.isFinite(c.y)) {
                    return "bad WKB: coordinate (" + c.x + ", " + c.y + ") is not finite";
                }
            }
            return geometry;
        } catch (ParseException | RuntimeException e) {
            return "bad WKB: " + (e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    static Object decoded(byte[] blob) {
        try {
            return GeoPackageGeometry.read(blob);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** Asserts that the blob decodes as JTS reads its WKB: equal x,y in equal structure, or the same message. */
    static void assertSameAsJts(byte[] wkb, byte[] blob, String what) {
        Object want = jts(wkb);
        Object got = decoded(blob);
        if (want instanceof Geometry expected) {
            assertThat(got).as(what).isInstanceOf(Geometry.class);
            Geometry actual = (Geometry) got;
            assertThat(actual.getGeometryType()).as(what).isEqualTo(expected.getGeometryType());
            assertThat(actual.equalsExact(expected)).as("%s: %s vs %s", what, actual, expected).isTrue();
        } else {
            assertThat(got).as(what).isEqualTo(want);
        }
    }

    static Polygon square(double x, double y, double size, boolean hole) {
        LinearRing shell = ring(x, y, size);
        LinearRing[] holes = hole ? new LinearRing[] {ring(x + size / 4, y + size / 4, size / 2).reverse()}
                : new LinearRing[0];
        return JTS.createPolygon(shell, holes);
    }

    private static LinearRing ring(double x, double y, double size) {
        return JTS.createLinearRing(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + size, y),
            new Coordinate(x + size, y + size), new Coordinate(x, y + size), new Coordinate(x, y)});
    }

    static List<Geometry> everyType() {
        Point point = JTS.createPoint(new Coordinate(113.5812, 37.8571));
        Geometry line = JTS.createLineString(new Coordinate[] {new Coordinate(113.1, 37.6),
            new Coordinate(113.4, 37.9), new Coordinate(-0.0, 38.25)});
        return List.of(point, line, square(113.2, 37.7, 0.01, false), square(113.3, 37.8, 0.02, true),
                JTS.createMultiPoint(new Point[] {point, JTS.createPoint(new Coordinate(113.9, 38.1))}),
                JTS.createMultiLineString(new org.locationtech.jts.geom.LineString[] {
                    (org.locationtech.jts.geom.LineString) line, JTS.createLineString(new Coordinate[] {
                        new Coordinate(1, 2), new Coordinate(3, 4)})}),
                JTS.createMultiPolygon(new Polygon[] {square(113.2, 37.7, 0.01, true), square(113.5, 37.9, 0.03, false)}));
    }

    @Test
    void everyTypeInBothByteOrdersAndEveryDimensionCodingGivesJtsCoordinatesPacked() {
        for (Geometry geometry : everyType()) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                for (Dimensions dimensions : Dimensions.values()) {
                    for (boolean mixed : new boolean[] {false, true}) {
                        byte[] wkb = Wkb.of(geometry, order, dimensions, mixed);
                        for (int envelope = 0; envelope <= 4; envelope++) {
                            String what = geometry.getGeometryType() + " " + order + " " + dimensions
                                    + (mixed ? " mixed" : "") + " envelope " + envelope;
                            byte[] blob = blob(wkb, envelope);
                            assertSameAsJts(wkb, blob, what);
                            assertPacked2d(GeoPackageGeometry.read(blob), what);
                            assertThat(PackedWkb.read(blob, blob.length - wkb.length)).as(what).isNotNull();
                        }
                    }
                }
            }
        }
    }

    private static void assertPacked2d(Geometry geometry, String what) {
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                assertThat(sequence).as(what).isInstanceOf(PackedCoordinateSequence.Double.class);
                assertThat(sequence.getDimension()).as(what).isEqualTo(2);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        });
    }

    @Test
    void emptyGeometriesReadAsNoGeometry() {
        List<Geometry> empties = List.of(JTS.createPoint(), JTS.createLineString(), JTS.createPolygon(),
                JTS.createMultiPolygon(), JTS.createMultiPoint(new Point[] {JTS.createPoint()}));
        for (Geometry empty : empties) {
            for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
                byte[] wkb = Wkb.of(empty, order, Dimensions.XY, false);
                assertThat(jts(wkb)).as(empty.getGeometryType()).isNull();
                assertThat(GeoPackageGeometry.read(blob(wkb, 1))).as(empty.getGeometryType()).isNull();
            }
        }
        // An empty point beside a real one: the part stays, empty, as JTS has it.
        Geometry oneEmpty = JTS.createMultiPoint(new Point[] {JTS.createPoint(), JTS.createPoint(new Coordinate(1, 2))});
        byte[] wkb = Wkb.of(oneEmpty, ByteOrder.LITTLE_ENDIAN, Dimensions.XY, false);
        assertSameAsJts(wkb, blob(wkb, 0), "MultiPoint with an empty point");
    }

    @Test
    void truncatedBlobsGiveTheMessagesTheReaderGaveBefore() {
        for (Geometry geometry : everyType()) {
            for (Dimensions dimensions : new Dimensions[] {Dimensions.XY, Dimensions.ISO_ZM}) {
                byte[] whole = Wkb.of(geometry, ByteOrder.BIG_ENDIAN, dimensions, true);
                for (int length = 1; length < whole.length; length++) {
                    byte[] cut = Arrays.copyOf(whole, length);
                    String what = geometry.getGeometryType() + " " + dimensions + " cut to " + length + " bytes";
                    assertSameAsJts(cut, blob(cut, 1), what);
                    assertThat(decoded(blob(cut, 1))).as(what).isInstanceOf(String.class);
                }
            }
        }
        byte[] polygon = Wkb.of(square(113.2, 37.7, 0.01, false), ByteOrder.LITTLE_ENDIAN, Dimensions.XY, false);
        assertThat(decoded(blob(Arrays.copyOf(polygon, 60), 0))).isEqualTo("bad WKB: Attempt to read past end of input");
    }

    @Test
    void countsLargerThanTheBytesLeftGiveTheMessagesTheReaderGaveBefore() {
        byte[] polygon = Wkb.of(square(113.2, 37.7, 0.01, true), ByteOrder.LITTLE_ENDIAN, Dimensions.XY, false);
        ByteBuffer huge = ByteBuffer.wrap(polygon.clone()).order(ByteOrder.LITTLE_ENDIAN).putInt(9, Integer.MAX_VALUE);
        assertThat(decoded(blob(huge.array(), 0))).isEqualTo("bad WKB: numCoords value is too large");
        // Every count of every type, set to values around the bytes left and beyond: never an allocation from it
        // (a count of 2^31-1 would need 32 GB), always the message the reader gave before.
        for (Geometry geometry : everyType()) {
            byte[] wkb = Wkb.of(geometry, ByteOrder.LITTLE_ENDIAN, Dimensions.ISO_Z, false);
            for (int at : countOffsets(wkb)) {
                for (int count : new int[] {-1, 0, 1, 2, 3, wkb.length / 24, wkb.length / 16, wkb.length / 16 + 1,
                    wkb.length, 1 << 28, Integer.MAX_VALUE}) {
                    byte[] changed = wkb.clone();
                    ByteBuffer.wrap(changed).order(ByteOrder.LITTLE_ENDIAN).putInt(at, count);
                    assertSameAsJts(changed, blob(changed, 0), geometry.getGeometryType() + " count at " + at
                            + " = " + count);
                }
            }
        }
    }

    /** Where the counts of a little-endian, ISO Z WKB are (parsed here independently of the code under test). */
    private static List<Integer> countOffsets(byte[] wkb) {
        List<Integer> offsets = new ArrayList<>();
        countOffsets(ByteBuffer.wrap(wkb).order(ByteOrder.LITTLE_ENDIAN), 0, offsets);
        return offsets;
    }

    private static int countOffsets(ByteBuffer wkb, int at, List<Integer> offsets) {
        int type = wkb.getInt(at + 1) % 1000;
        at += 5;
        if (type == 1) {
            return at + 24;
        }
        offsets.add(at);
        int count = wkb.getInt(at);
        at += 4;
        for (int i = 0; i < count; i++) {
            if (type == 2) {
                at += 24;
            } else if (type == 3) {
                offsets.add(at);
                at += 4 + 24 * wkb.getInt(at);
            } else {
                at = countOffsets(wkb, at, offsets);
            }
        }
        return at;
    }

    @Test
    void whatJtsRepairsOrRefusesIsLeftToIt() {
        List<byte[]> cases = new ArrayList<>();
        // A ring that is not closed, a ring of three points, a line of one point: JTS closes or pads them.
        cases.add(polygonWkb(new double[] {0, 0, 1, 0, 1, 1, 0, 1}));
        cases.add(polygonWkb(new double[] {0, 0, 1, 0, 0, 0}));
        cases.add(lineWkb(new double[] {5, 6}));
        // Coordinates that are not finite, in a line and in a polygon's ring.
        cases.add(lineWkb(new double[] {0, 0, Double.POSITIVE_INFINITY, 1}));
        cases.add(polygonWkb(new double[] {0, 0, 1, Double.NaN, 1, 1, 0, 0}));
        // A MultiPolygon holding a line, a GeometryCollection, an unknown type, an EWKB SRID, a byte order of 7.
        byte[] line = lineWkb(new double[] {0, 0, 1, 1});
        cases.add(concat(new byte[] {1, 6, 0, 0, 0, 1, 0, 0, 0}, line));
        cases.add(concat(new byte[] {1, 7, 0, 0, 0, 1, 0, 0, 0}, line));
        cases.add(new byte[] {1, 99, 0, 0, 0, 0, 0, 0, 0});
        cases.add(concat(new byte[] {1, 2, 0, 0, 0x20, (byte) 0xE6, 0x10, 0, 0}, Arrays.copyOfRange(line, 5, line.length)));
        byte[] badOrder = line.clone();
        badOrder[0] = 7;
        cases.add(badOrder);
        // Bytes after the geometry, which JTS ignores.
        cases.add(concat(line, new byte[] {1, 2, 3}));
        for (int i = 0; i < cases.size(); i++) {
            byte[] wkb = cases.get(i);
            assertSameAsJts(wkb, blob(wkb, 0), "case " + i);
        }
        assertThat(decoded(blob(cases.get(3), 0))).isEqualTo("bad WKB: coordinate (Infinity, 1.0) is not finite");
        assertThat(decoded(blob(cases.get(7), 0))).isEqualTo("bad WKB: Unknown WKB type 99");
        assertThat(GeoPackageGeometry.read(blob(cases.get(0), 0)).getCoordinates()).hasSize(5);
    }

    private static byte[] lineWkb(double[] xy) {
        ByteBuffer wkb = ByteBuffer.allocate(9 + 8 * xy.length).order(ByteOrder.LITTLE_ENDIAN);
        wkb.put((byte) 1).putInt(2).putInt(xy.length / 2);
        Arrays.stream(xy).forEach(wkb::putDouble);
        return wkb.array();
    }

    private static byte[] polygonWkb(double[] ring) {
        ByteBuffer wkb = ByteBuffer.allocate(13 + 8 * ring.length).order(ByteOrder.LITTLE_ENDIAN);
        wkb.put((byte) 1).putInt(3).putInt(1).putInt(ring.length / 2);
        Arrays.stream(ring).forEach(wkb::putDouble);
        return wkb.array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    @Test
    void everyBlobOfAGeoPackageWrittenByOgr2ogrDecodesAsJtsReadsIt() throws Exception {
        for (String name : new String[] {"townships-4547.gpkg", "townships-4490.gpkg"}) {
            int blobs = 0;
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + LayerFixtures.DIR.resolve(name));
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT fid, geom FROM townships")) {
                while (rows.next()) {
                    byte[] blob = rows.getBytes(2);
                    int start = 8 + new int[] {0, 32, 48, 48, 64}[(blob[3] >> 1) & 7];
                    String what = name + " fid " + rows.getLong(1);
                    assertSameAsJts(Arrays.copyOfRange(blob, start, blob.length), blob, what);
                    assertThat(PackedWkb.read(blob, start)).as(what).isNotNull();
                    blobs++;
                }
            }
            assertThat(blobs).as(name).isEqualTo(33);
        }
    }

    @Test
    void aBadHeaderIsNamedBeforeTheWkbIsLookedAt() {
        assertThatThrownBy(() -> GeoPackageGeometry.read(new byte[] {'G', 'P', 0, 1, 0}))
                .hasMessage("5 bytes, shorter than the 8-byte header");
        assertThatThrownBy(() -> GeoPackageGeometry.read(new byte[] {'G', 'P', 1, 1, 0, 0, 0, 0, 1}))
                .hasMessage("binary version 1 (only version 1, coded 0, is known)");
        assertThat(GeoPackageGeometry.read(new byte[] {'G', 'P', 0, 0x11, 0, 0, 0, 0})).isNull();
    }
}
