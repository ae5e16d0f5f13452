package cn.yangquan.atlas.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads ISO WKB that may hold curves (CircularString 8, CompoundCurve 9, CurvePolygon 10, MultiCurve 11,
 * MultiSurface 12, in 2D, Z, M and ZM), which JTS cannot read, into linear JTS geometries, keeping x and y.
 * Each circular arc is cut into chords of at most {@value #MAX_STEP_DEGREES}° of arc, so a chord departs from the
 * arc by at most r·(1 − cos {@value #MAX_STEP_DEGREES}/2 °), about 0.004 % of the arc's radius r. An arc whose three
 * points are collinear is kept as straight segments. Stateless and thread-safe.
 */
final class CurveWkb {
    /** The largest angle a chord spans. */
    static final double MAX_STEP_DEGREES = 1.0;
    private static final int MAX_DEPTH = 8;
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private CurveWkb() {
    }

    /** Whether the WKB's outermost type is a curve type, which JTS cannot read. */
    static boolean isCurve(byte[] wkb) {
        return isCurve(wkb, 0);
    }

    /** Whether the WKB from {@code start} to the end of {@code bytes} is a curve type at its outermost level. */
    static boolean isCurve(byte[] bytes, int start) {
        if (bytes.length - start < 5) {
            return false;
        }
        ByteOrder order = bytes[start] == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        int base = (ByteBuffer.wrap(bytes).order(order).getInt(start + 1) & 0x0fffffff) % 1000;
        return base >= 8 && base <= 12;
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: an unknown type, counts that run past the end, nesting
     *                                  too deep, a ring that is not closed
     */
    static Geometry read(byte[] wkb) {
        try {
            return new CurveWkb.Reading(ByteBuffer.wrap(wkb)).geometry(0);
        } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the WKB ends inside a geometry");
        }
    }

    private static final class Reading {
        private final ByteBuffer buffer;
        private int dimensions;

        Reading(ByteBuffer buffer) {
            this.buffer = buffer;
        }

        Geometry geometry(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("geometries nested too deeply");
            }
            int type = header();
            return switch (type) {
                case 1 -> FACTORY.createPoint(point());
                case 2 -> FACTORY.createLineString(points());
                case 3, 10 -> polygon(type, depth);
                case 8 -> FACTORY.createLineString(arcs(points()));
                case 9 -> FACTORY.createLineString(compound(depth));
                case 4, 5, 6, 7, 11, 12 -> collection(type, depth);
                default -> throw new IllegalArgumentException("unknown WKB geometry type " + type);
            };
        }

        /** Reads byte order and type; sets the coordinate dimension; returns the 2D base type. */
        private int header() {
            buffer.order(buffer.get() == 0 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            int code = buffer.getInt();
            boolean z = (code & 0x80000000) != 0;
            boolean m = (code & 0x40000000) != 0;
            code &= 0x0fffffff;
            int iso = code / 1000;
            z |= iso == 1 || iso == 3;
            m |= iso == 2 || iso == 3;
            dimensions = 2 + (z ? 1 : 0) + (m ? 1 : 0);
            return code % 1000;
        }

        private Coordinate point() {
            Coordinate c = new Coordinate(buffer.getDouble(), buffer.getDouble());
            for (int i = 2; i < dimensions; i++) {
                buffer.getDouble();
            }
            return c;
        }

        private Coordinate[] points() {
            int count = count(8 * dimensions);
            Coordinate[] points = new Coordinate[count];
            for (int i = 0; i < count; i++) {
                points[i] = point();
            }
            return points;
        }

        /** A count, checked against the bytes left so that nothing is allocated from a corrupt one. */
        private int count(int bytesEach) {
            int count = buffer.getInt();
            if (count < 0 || (long) count * bytesEach > buffer.remaining()) {
                throw new IllegalArgumentException("a count of " + count + " runs past the end of the WKB");
            }
            return count;
        }

        private Polygon polygon(int type, int depth) {
            int count = count(type == 3 ? 4 : 5);
            LinearRing[] rings = new LinearRing[count];
            for (int i = 0; i < count; i++) {
                Coordinate[] ring = type == 3 ? points() : curve(geometry(depth + 1), "a CurvePolygon ring");
                if (ring.length > 0 && !ring[0].equals2D(ring[ring.length - 1])) {
                    throw new IllegalArgumentException("ring " + i + " is not closed");
                }
                rings[i] = FACTORY.createLinearRing(ring);
            }
            if (count == 0) {
                return FACTORY.createPolygon();
            }
            LinearRing[] holes = new LinearRing[count - 1];
            System.arraycopy(rings, 1, holes, 0, holes.length);
            return FACTORY.createPolygon(rings[0], holes);
        }

        private Coordinate[] compound(int depth) {
            int count = count(5);
            CoordinateList points = new CoordinateList();
            for (int i = 0; i < count; i++) {
                points.add(curve(geometry(depth + 1), "a CompoundCurve part"), false);
            }
            return points.toCoordinateArray();
        }

        /** The curve's points; a part of another kind is a fault of the WKB. */
        private static Coordinate[] curve(Geometry part, String what) {
            if (!(part instanceof LineString line)) {
                throw new IllegalArgumentException(what + " is not a curve");
            }
            return line.getCoordinates();
        }

        private Geometry collection(int type, int depth) {
            int count = count(5);
            List<Geometry> parts = new ArrayList<>(count);
            Class<?> partType = switch (type) {
                case 4 -> org.locationtech.jts.geom.Point.class;
                case 5, 11 -> LineString.class;
                case 6, 12 -> Polygon.class;
                default -> Geometry.class;
            };
            for (int i = 0; i < count; i++) {
                Geometry part = geometry(depth + 1);
                if (!partType.isInstance(part)) {
                    throw new IllegalArgumentException("a part of a WKB type " + type + " collection is a "
                            + part.getGeometryType());
                }
                parts.add(part);
            }
            return switch (type) {
                case 4 -> FACTORY.createMultiPoint(parts.stream().map(p -> (org.locationtech.jts.geom.Point) p)
                        .toArray(org.locationtech.jts.geom.Point[]::new));
                case 5, 11 -> FACTORY.createMultiLineString(parts.stream().map(p -> (LineString) p)
                        .toArray(LineString[]::new));
                case 6, 12 -> FACTORY.createMultiPolygon(parts.stream().map(p -> (Polygon) p).toArray(Polygon[]::new));
                default -> FACTORY.createGeometryCollection(parts.toArray(Geometry[]::new));
            };
        }
    }

    /** The points of a CircularString (arcs of three points sharing their ends) with each arc cut into chords. */
    static Coordinate[] arcs(Coordinate[] points) {
        if (points.length < 3 || points.length % 2 == 0) {
            if (points.length == 0) {
                return points;
            }
            throw new IllegalArgumentException("a CircularString needs an odd number of points, at least 3; it has "
                    + points.length);
        }
        CoordinateList out = new CoordinateList();
        out.add(points[0], true);
        for (int i = 0; i + 2 < points.length; i += 2) {
            arc(points[i], points[i + 1], points[i + 2], out);
        }
        return out.toCoordinateArray();
    }

    /**
     * Adds the chords of the arc from p0 through p1 to p2, without p0 (already added). The circle is found in
     * coordinates relative to p0, as squares of map coordinates (degrees above 100, metres in millions) would cancel
     * out most of their digits.
     */
    private static void arc(Coordinate p0, Coordinate p1, Coordinate p2, CoordinateList out) {
        double x1 = p1.x - p0.x;
        double y1 = p1.y - p0.y;
        double x2 = p2.x - p0.x;
        double y2 = p2.y - p0.y;
        double cx;
        double cy;
        double sweep;
        if (p0.equals2D(p2)) {
            // A whole circle: p1 is the point opposite p0, and either way round draws the same ring.
            cx = x1 / 2;
            cy = y1 / 2;
            sweep = 2 * Math.PI;
        } else {
            double d = 2 * (x1 * y2 - y1 * x2);
            double scale = Math.max(Math.hypot(x1, y1), Math.hypot(x2, y2));
            if (Math.abs(d) <= 1e-12 * scale * scale) {
                out.add(p1, false);
                out.add(p2, false);
                return;
            }
            double s1 = x1 * x1 + y1 * y1;
            double s2 = x2 * x2 + y2 * y2;
            cx = (s1 * y2 - s2 * y1) / d;
            cy = (s2 * x1 - s1 * x2) / d;
            double a0 = Math.atan2(-cy, -cx);
            double a2 = Math.atan2(y2 - cy, x2 - cx);
            // d > 0: the three points turn counter-clockwise, so the arc sweeps with increasing angle.
            sweep = d > 0 ? positive(a2 - a0) : -positive(a0 - a2);
        }
        double radius = Math.hypot(cx, cy);
        double start = Math.atan2(-cy, -cx);
        int steps = Math.max(2, (int) Math.ceil(Math.abs(sweep) / Math.toRadians(MAX_STEP_DEGREES) - 1e-9));
        for (int i = 1; i < steps; i++) {
            double angle = start + sweep * i / steps;
            out.add(new Coordinate(p0.x + cx + radius * Math.cos(angle), p0.y + cy + radius * Math.sin(angle)), false);
        }
        out.add(p2, false);
    }

    private static double positive(double angle) {
        double a = angle % (2 * Math.PI);
        return a < 0 ? a + 2 * Math.PI : a;
    }
}
