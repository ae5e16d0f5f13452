package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.Viewport;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Builds the screen path of one geometry at a time into a path that is reused, reading the coordinate sequences in
 * place: no shape, coordinate or boundary objects per feature, unlike JTS's ShapeWriter, whose output it matches.
 * A vertex closer than half a pixel to the last one kept is dropped, as it cannot be seen; at a city-wide view that
 * leaves few of a parcel's vertices. Not thread-safe: one per paint call.
 */
final class ScreenPath {
    private static final double DECIMATION_PIXELS = 0.5;
    /** Side of the square that stands for a point, as ShapeWriter draws it. */
    private static final double POINT_SIZE = 3;

    private final Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD, 512);
    private final double scale;
    private final double offsetX;
    private final double offsetY;

    ScreenPath(Viewport viewport) {
        scale = 1 / viewport.metresPerPixel();
        offsetX = viewport.width() / 2.0 - viewport.centerX() * scale;
        offsetY = viewport.height() / 2.0 + viewport.centerY() * scale;
    }

    /** The geometry as areas: rings closed, so that it can be filled and outlined. */
    Path2D.Double areas(Geometry geometry) {
        path.reset();
        append(geometry, true);
        return path;
    }

    /** The geometry as lines: polygons by their rings, drawn open as their boundary would be. */
    Path2D.Double lines(Geometry geometry) {
        path.reset();
        append(geometry, false);
        return path;
    }

    private void append(Geometry geometry, boolean closeRings) {
        if (geometry instanceof Polygon polygon) {
            appendLine(polygon.getExteriorRing().getCoordinateSequence(), closeRings);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                appendLine(polygon.getInteriorRingN(i).getCoordinateSequence(), closeRings);
            }
        } else if (geometry instanceof LineString line) {
            appendLine(line.getCoordinateSequence(), false);
        } else if (geometry instanceof Point point) {
            if (!point.isEmpty()) {
                double x = screenX(point.getX()) - POINT_SIZE / 2;
                double y = screenY(point.getY()) - POINT_SIZE / 2;
                path.moveTo(x, y);
                path.lineTo(x + POINT_SIZE, y);
                path.lineTo(x + POINT_SIZE, y + POINT_SIZE);
                path.lineTo(x, y + POINT_SIZE);
                path.closePath();
            }
        } else {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                append(geometry.getGeometryN(i), closeRings);
            }
        }
    }

    /** A closed ring leaves out its repeated last position and closes the path; an open line keeps every end. */
    private void appendLine(CoordinateSequence sequence, boolean closed) {
        int count = closed ? sequence.size() - 1 : sequence.size();
        if (count < 1) {
            return;
        }
        double lastX = screenX(sequence.getX(0));
        double lastY = screenY(sequence.getY(0));
        path.moveTo(lastX, lastY);
        for (int i = 1; i < count; i++) {
            double x = screenX(sequence.getX(i));
            double y = screenY(sequence.getY(i));
            boolean end = !closed && i == count - 1;
            if (!end && Math.abs(x - lastX) < DECIMATION_PIXELS && Math.abs(y - lastY) < DECIMATION_PIXELS) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        if (closed) {
            path.closePath();
        }
    }

    double screenX(double x) {
        return x * scale + offsetX;
    }

    double screenY(double y) {
        return offsetY - y * scale;
    }
}
