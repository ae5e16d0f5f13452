package cn.yangquan.atlas.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * Decodes the WKB that GeoPackages mostly hold (Point, LineString, Polygon, MultiPoint, MultiLineString,
 * MultiPolygon; 2D, Z, M and ZM in ISO codes {@code n + 1000/2000/3000} or the high-bit flags; either byte order per
 * geometry) straight from the blob into packed x,y sequences (16 bytes a vertex, Z and M dropped), with no copy of the
 * WKB and no {@code Coordinate} objects. The result has the same x,y in the same order as JTS's {@code WKBReader}.
 * <p>
 * It declines (returns null) anything it does not read exactly as the slower general path would, so that path gives
 * the geometry or today's message: other types (GeometryCollection, curves), EWKB SRIDs, a byte-order byte other than
 * 0 or 1, counts that run past the end of the WKB (checked before anything is allocated from them), a coordinate that
 * is not finite, a line of one point or a ring that is short or not closed (which JTS repairs), a part of the wrong
 * type, nesting inside a part, and bytes left after the geometry. Stateless and thread-safe.
 */
final class PackedWkb {
    private static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    private static final LinearRing[] NO_HOLES = new LinearRing[0];
    private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT_BE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);
    private static final VarHandle DOUBLE_LE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle DOUBLE_BE =
            MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.BIG_ENDIAN);
    /** The WKB header: byte order and type code. */
    private static final int HEADER = 5;

    private final byte[] wkb;
    private final int end;
    /** JTS's bound on any count, one per 16 bytes of WKB: a count above it is JTS's message, not a geometry. */
    private final int maxCount;
    private int at;
    private boolean littleEndian;
    /** Bytes per vertex of the geometry being read: 16, 24 or 32. */
    private int vertexBytes;

    private PackedWkb(byte[] wkb, int start) {
        this.wkb = wkb;
        this.end = wkb.length;
        this.at = start;
        this.maxCount = (wkb.length - start) / 16;
    }

    /**
     * The geometry of the WKB from {@code start} to the end of {@code bytes}, possibly empty; null when the general
     * path must read it (see the class comment).
     */
    static Geometry read(byte[] bytes, int start) {
        PackedWkb reading = new PackedWkb(bytes, start);
        Geometry geometry = reading.geometry(true);
        return geometry != null && reading.at == reading.end ? geometry : null;
    }

    /** A geometry of a supported type, or null; {@code outer}: whether Multi* types are allowed here. */
    private Geometry geometry(boolean outer) {
        int type = header();
        return switch (type) {
            case 1 -> point();
            case 2 -> line();
            case 3 -> polygon();
            case 4, 5, 6 -> outer ? multi(type) : null;
            default -> null;
        };
    }

    /** Reads byte order and type code and sets the vertex size; the 2D type (1 to 6), or 0 to decline. */
    private int header() {
        if (end - at < HEADER) {
            return 0;
        }
        byte order = wkb[at];
        if (order != 0 && order != 1) {
            return 0;
        }
        littleEndian = order == 1;
        int code = readInt(at + 1);
        at += HEADER;
        int flags = code & 0xf0000000;
        int iso = code & 0x0fffffff;
        int base = iso % 1000;
        int thousands = iso / 1000;
        if (base < 1 || base > 6 || thousands > 3 || flags != 0 && (thousands != 0 || (flags & 0x30000000) != 0)) {
            return 0;
        }
        boolean z = (flags & 0x80000000) != 0 || thousands == 1 || thousands == 3;
        boolean m = (flags & 0x40000000) != 0 || thousands == 2 || thousands == 3;
        vertexBytes = 8 * (2 + (z ? 1 : 0) + (m ? 1 : 0));
        return base;
    }

    /** A count checked against the bytes left at {@code bytesEach} bytes per item; -1 when it cannot fit. */
    private int count(int bytesEach) {
        if (end - at < 4) {
            return -1;
        }
        int count = readInt(at);
        at += 4;
        return count < 0 || count > maxCount || (long) count * bytesEach > end - at ? -1 : count;
    }

    private Point point() {
        if (end - at < vertexBytes) {
            return null;
        }
        double x = readDouble(at);
        double y = readDouble(at + 8);
        at += vertexBytes;
        // As JTS: NaN marks an empty point.
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return FACTORY.createPoint();
        }
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            return null;
        }
        return FACTORY.createPoint(new PackedCoordinateSequence.Double(new double[] {x, y}, 2, 0));
    }

    /** The count's vertices as packed x,y; null when the count does not fit or a coordinate is not finite. */
    private double[] vertices() {
        int count = count(vertexBytes);
        if (count < 0) {
            return null;
        }
        double[] xy = new double[2 * count];
        boolean finite = true;
        int from = at;
        for (int i = 0; i < count; i++, from += vertexBytes) {
            double x = readDouble(from);
            double y = readDouble(from + 8);
            finite &= Double.isFinite(x) & Double.isFinite(y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
        }
        at = from;
        return finite ? xy : null;
    }

    private LineString line() {
        double[] xy = vertices();
        if (xy == null || xy.length == 2) {
            return null;
        }
        return FACTORY.createLineString(new PackedCoordinateSequence.Double(xy, 2, 0));
    }

    private Polygon polygon() {
        int rings = count(4);
        if (rings <= 0) {
            return rings == 0 ? FACTORY.createPolygon() : null;
        }
        LinearRing shell = ring();
        if (shell == null) {
            return null;
        }
        LinearRing[] holes = rings == 1 ? NO_HOLES : new LinearRing[rings - 1];
        for (int i = 0; i < holes.length; i++) {
            holes[i] = ring();
            if (holes[i] == null) {
                return null;
            }
        }
        return FACTORY.createPolygon(shell, holes);
    }

    /** A closed ring of at least 4 vertices; null otherwise (JTS would close or pad it). */
    private LinearRing ring() {
        double[] xy = vertices();
        if (xy == null || xy.length < 8) {
            return null;
        }
        int last = xy.length - 2;
        if (xy[0] != xy[last] || xy[1] != xy[last + 1]) {
            return null;
        }
        return FACTORY.createLinearRing(new PackedCoordinateSequence.Double(xy, 2, 0));
    }

    private Geometry multi(int type) {
        int count = count(HEADER);
        if (count < 0) {
            return null;
        }
        Geometry[] parts = switch (type) {
            case 4 -> new Point[count];
            case 5 -> new LineString[count];
            default -> new Polygon[count];
        };
        for (int i = 0; i < count; i++) {
            Geometry part = geometry(false);
            if (part == null || typeOf(part) != type - 3) {
                return null;
            }
            parts[i] = part;
        }
        return switch (type) {
            case 4 -> FACTORY.createMultiPoint((Point[]) parts);
            case 5 -> FACTORY.createMultiLineString((LineString[]) parts);
            default -> FACTORY.createMultiPolygon((Polygon[]) parts);
        };
    }

    private static int typeOf(Geometry part) {
        return part instanceof Point ? 1 : part instanceof Polygon ? 3 : 2;
    }

    private int readInt(int index) {
        return littleEndian ? (int) INT_LE.get(wkb, index) : (int) INT_BE.get(wkb, index);
    }

    private double readDouble(int index) {
        return littleEndian ? (double) DOUBLE_LE.get(wkb, index) : (double) DOUBLE_BE.get(wkb, index);
    }
}
