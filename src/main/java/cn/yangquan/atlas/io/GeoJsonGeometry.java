package cn.yangquan.atlas.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;
import org.locationtech.jts.geom.impl.PackedCoordinateSequenceFactory;

/**
 * GeoJSON geometry objects as the streaming reader collects them, and their building into JTS geometries on packed
 * coordinate sequences (16 bytes a vertex), with the checks RFC 7946 asks for: the type fits the coordinates, rings
 * are closed and have 4 positions, collections are nested at most {@value #GEOMETRY_COLLECTION_DEPTH} deep. Stateless
 * and thread-safe.
 */
final class GeoJsonGeometry {
    private static final GeometryFactory FACTORY = new GeometryFactory(PackedCoordinateSequenceFactory.DOUBLE_FACTORY);
    private static final LinearRing[] NO_HOLES = new LinearRing[0];
    static final int GEOMETRY_COLLECTION_DEPTH = 4;

    private GeoJsonGeometry() {
    }

    /**
     * A geometry object as read, before its type is known to fit its coordinates. Coordinates are nested lists whose
     * innermost arrays of positions are packed x,y doubles ({@link Positions}); a lone position is a {@code double[2]}.
     */
    record Raw(String type, Object coordinates, List<Raw> geometries) {
    }

    record Positions(double[] xy) {
        int size() {
            return xy.length / 2;
        }
    }

    /**
     * @throws IllegalArgumentException naming what does not fit
     */
    static Geometry build(Raw raw, int depth) {
        if (depth > GEOMETRY_COLLECTION_DEPTH) {
            throw new IllegalArgumentException("geometry collections nested too deeply");
        }
        String type = raw.type();
        Object coordinates = raw.coordinates();
        switch (type) {
            case "Point":
                return FACTORY.createPoint(sequence(position(require(coordinates, type))));
            case "MultiPoint": {
                List<Object> points = list(require(coordinates, type), "MultiPoint coordinates");
                double[] xy = new double[points.size() * 2];
                for (int i = 0; i < points.size(); i++) {
                    System.arraycopy(position(points.get(i)), 0, xy, 2 * i, 2);
                }
                return FACTORY.createMultiPoint(sequence(xy));
            }
            case "LineString":
                return line(require(coordinates, type));
            case "MultiLineString": {
                List<Object> lines = list(require(coordinates, type), "MultiLineString coordinates");
                LineString[] parts = new LineString[lines.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = line(lines.get(i));
                }
                return FACTORY.createMultiLineString(parts);
            }
            case "Polygon":
                return polygon(require(coordinates, type));
            case "MultiPolygon": {
                List<Object> polygons = list(require(coordinates, type), "MultiPolygon coordinates");
                Polygon[] parts = new Polygon[polygons.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(polygons.get(i));
                }
                return FACTORY.createMultiPolygon(parts);
            }
            case "GeometryCollection": {
                if (raw.geometries() == null) {
                    throw new IllegalArgumentException("GeometryCollection geometries must be an array");
                }
                Geometry[] parts = new Geometry[raw.geometries().size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = build(raw.geometries().get(i), depth + 1);
                }
                return FACTORY.createGeometryCollection(parts);
            }
            default:
                throw new IllegalArgumentException("unknown geometry type \"" + type + "\"");
        }
    }

    private static Object require(Object coordinates, String type) {
        if (coordinates == null) {
            throw new IllegalArgumentException(type + " without coordinates");
        }
        return coordinates;
    }

    /** A nested list of coordinates; a list of positions is one too, read as its positions. */
    private static List<Object> list(Object coordinates, String what) {
        if (coordinates instanceof Positions positions) {
            List<Object> points = new ArrayList<>(positions.size());
            for (int i = 0; i < positions.size(); i++) {
                points.add(Arrays.copyOfRange(positions.xy(), 2 * i, 2 * i + 2));
            }
            return points;
        }
        if (coordinates instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> objects = (List<Object>) list;
            return objects;
        }
        throw new IllegalArgumentException(what + " must be an array of arrays");
    }

    private static double[] position(Object coordinates) {
        if (coordinates instanceof double[] xy) {
            return xy;
        }
        throw new IllegalArgumentException("a position must be an array of at least two numbers");
    }

    private static double[] positions(Object coordinates, int minimum) {
        double[] xy;
        if (coordinates instanceof Positions positions) {
            xy = positions.xy();
        } else if (coordinates instanceof List<?> list && list.isEmpty()) {
            xy = new double[0];
        } else {
            throw new IllegalArgumentException("coordinates must be an array of positions");
        }
        if (xy.length / 2 < minimum) {
            throw new IllegalArgumentException("needs at least " + minimum + " positions, has " + xy.length / 2);
        }
        return xy;
    }

    private static PackedCoordinateSequence.Double sequence(double[] xy) {
        return new PackedCoordinateSequence.Double(xy, 2, 0);
    }

    private static LineString line(Object coordinates) {
        return FACTORY.createLineString(sequence(positions(coordinates, 2)));
    }

    private static Polygon polygon(Object coordinates) {
        List<Object> rings = list(coordinates, "Polygon coordinates");
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("polygon without rings");
        }
        LinearRing shell = ring(rings.get(0), "exterior ring");
        LinearRing[] holes = rings.size() == 1 ? NO_HOLES : new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i), "ring " + i);
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static LinearRing ring(Object coordinates, String what) {
        double[] xy = positions(coordinates, 4);
        int last = xy.length - 2;
        if (xy[0] != xy[last] || xy[1] != xy[last + 1]) {
            throw new IllegalArgumentException(what + " is not closed (first and last positions differ)");
        }
        return FACTORY.createLinearRing(sequence(xy));
    }
}
