package cn.yangquan.atlas.io.shapefile;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns the content of one {@code .shp} record into a 2D JTS geometry: Point, PolyLine, Polygon and MultiPoint shapes
 * and their Z and M variants. Polygon rings are told apart by containment, not by orientation (writers disagree on
 * it): a ring inside an odd number of others is a hole of the smallest ring containing it, any other ring is a shell.
 * Stateless and thread-safe.
 */
final class ShapeDecoder {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** What a record holds when it holds no geometry: the kind of note (a message key) to count. */
    enum Empty {
        NULL_SHAPE("reader.shp.nullShape"),
        NO_PARTS("reader.shp.noParts");

        final String noteKey;

        Empty(String noteKey) {
            this.noteKey = noteKey;
        }
    }

    /** A record's geometry, or why it has none. */
    record Shape(Geometry geometry, Empty empty) {
    }

    private ShapeDecoder() {
    }

    /**
     * @throws IllegalArgumentException naming what in the record is wrong (counts, part indices, lengths, a ring
     *                                  that is not closed with too few points, an unsupported shape type)
     */
    static Shape decode(ByteBuffer content, List<String> notes) {
        content.order(ByteOrder.LITTLE_ENDIAN);
        need(content, 4, "a shape type");
        int type = content.getInt(0);
        switch (type) {
            case 0:
                return new Shape(null, Empty.NULL_SHAPE);
            case 1: case 11: case 21:
                need(content, 20, "a point");
                return new Shape(FACTORY.createPoint(coordinate(content, 4)), null);
            case 8: case 18: case 28: {
                need(content, 40, "a multipoint header");
                int count = content.getInt(36);
                if (count < 0 || 40 + 16L * count > content.limit()) {
                    throw new IllegalArgumentException("point count " + count + " does not fit the content length "
                            + content.limit());
                }
                if (count == 0) {
                    return new Shape(null, Empty.NO_PARTS);
                }
                Coordinate[] points = new Coordinate[count];
                for (int i = 0; i < count; i++) {
                    points[i] = coordinate(content, 40 + 16 * i);
                }
                return new Shape(FACTORY.createMultiPointFromCoords(points), null);
            }
            case 3: case 13: case 23: {
                List<Coordinate[]> parts = parts(content);
                return parts.isEmpty() ? new Shape(null, Empty.NO_PARTS) : new Shape(lines(parts), null);
            }
            case 5: case 15: case 25: {
                List<Coordinate[]> parts = parts(content);
                return parts.isEmpty() ? new Shape(null, Empty.NO_PARTS) : new Shape(polygon(parts, notes), null);
            }
            default:
                throw new IllegalArgumentException("shape type " + type + " is not supported");
        }
    }

    /**
     * The parts of a PolyLine or Polygon record, after checking counts and part indices against the content; none
     * for a record of 0 parts and 0 points (its 44 bytes are exactly the size of such a record).
     */
    private static List<Coordinate[]> parts(ByteBuffer content) {
        need(content, 44, "a part header");
        int partCount = content.getInt(36);
        int pointCount = content.getInt(40);
        if (partCount == 0 && pointCount == 0) {
            return List.of();
        }
        if (partCount < 1 || pointCount < 0 || 44 + 4L * partCount + 16L * pointCount > content.limit()) {
            throw new IllegalArgumentException(partCount + " parts and " + pointCount
                    + " points do not fit the content length " + content.limit());
        }
        int pointsAt = 44 + 4 * partCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int p = 0; p < partCount; p++) {
            int first = content.getInt(44 + 4 * p);
            int end = p + 1 < partCount ? content.getInt(44 + 4 * (p + 1)) : pointCount;
            if (p == 0 && first != 0 || first < 0 || end <= first || end > pointCount) {
                throw new IllegalArgumentException("part " + p + " spans points " + first + " to " + end + " of "
                        + pointCount + " (part indices must start at 0 and increase)");
            }
            Coordinate[] points = new Coordinate[end - first];
            for (int i = 0; i < points.length; i++) {
                points[i] = coordinate(content, pointsAt + 16 * (first + i));
            }
            parts.add(points);
        }
        return parts;
    }

    private static Geometry lines(List<Coordinate[]> parts) {
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            if (parts.get(i).length < 2) {
                throw new IllegalArgumentException("line part " + i + " has " + parts.get(i).length + " point");
            }
            lines[i] = FACTORY.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
    }

    /** A ring with its area and, once placed, the ring it lies in and how deep. */
    private static final class Ring {
        final LinearRing ring;
        final int index;
        final double area;
        Ring parent;
        int depth;
        final List<LinearRing> holes = new ArrayList<>();

        Ring(LinearRing ring, int index) {
            this.ring = ring;
            this.index = index;
            this.area = Area.ofRing(ring.getCoordinateSequence());
        }
    }

    /**
     * Assembles polygons by containment: rings are placed from the largest down, each inside the smallest ring
     * already placed that contains it; even depth makes a shell, odd depth a hole of its parent. Polygons keep the
     * file order of their shells.
     */
    private static Geometry polygon(List<Coordinate[]> parts, List<String> notes) {
        List<Ring> rings = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Coordinate[] points = parts.get(i);
            if (!points[0].equals2D(points[points.length - 1])) {
                points = Arrays.copyOf(points, points.length + 1);
                points[points.length - 1] = points[0].copy();
                notes.add("ring " + i + " was not closed (closed it)");
            }
            if (points.length < 4) {
                throw new IllegalArgumentException("ring " + i + " has " + points.length + " points, a ring needs 4");
            }
            rings.add(new Ring(FACTORY.createLinearRing(points), i));
        }
        List<Ring> placed = new ArrayList<>();
        rings.sort(Comparator.comparingDouble((Ring r) -> r.area).reversed());
        for (Ring ring : rings) {
            for (Ring candidate : placed) {
                if (contains(candidate.ring, ring.ring)
                        && (ring.parent == null || candidate.area < ring.parent.area)) {
                    ring.parent = candidate;
                }
            }
            ring.depth = ring.parent == null ? 0 : ring.parent.depth + 1;
            placed.add(ring);
        }
        List<Ring> shells = new ArrayList<>();
        for (Ring ring : placed) {
            if (ring.depth % 2 == 0) {
                shells.add(ring);
            } else {
                ring.parent.holes.add(ring.ring);
            }
        }
        shells.sort(Comparator.comparingInt((Ring r) -> r.index));
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = FACTORY.createPolygon(shells.get(i).ring, shells.get(i).holes.toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    /** Whether the first vertex of {@code inner} not on the boundary of {@code outer} lies inside it. */
    private static boolean contains(LinearRing outer, LinearRing inner) {
        if (!outer.getEnvelopeInternal().covers(inner.getEnvelopeInternal())) {
            return false;
        }
        Coordinate[] ring = outer.getCoordinates();
        for (Coordinate point : inner.getCoordinates()) {
            int location = PointLocation.locateInRing(point, ring);
            if (location != Location.BOUNDARY) {
                return location == Location.INTERIOR;
            }
        }
        return false;
    }

    private static Coordinate coordinate(ByteBuffer content, int offset) {
        double x = content.getDouble(offset);
        double y = content.getDouble(offset + 8);
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("coordinate at content byte " + offset + " is not finite");
        }
        return new Coordinate(x, y);
    }

    private static void need(ByteBuffer content, int bytes, String what) {
        if (content.limit() < bytes) {
            throw new IllegalArgumentException("content length " + content.limit() + " bytes is too short for " + what);
        }
    }
}
