package cn.yangquan.atlas.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * A quick validity test for the common case, so that JTS's full check (about ten times slower, and building
 * coordinate objects) runs only where it is needed. It answers "certainly valid" or "not sure", never "invalid":
 * points, and polygons of one ring that is simple beyond doubt. A ring is simple when no two edges meet except
 * neighbours at their shared vertex, and no neighbours fold back onto each other. Any touch, and any orientation too
 * close to zero for doubles to decide, leaves the answer to JTS.
 */
final class QuickValidity {
    /** Rings that fail the star test have every pair of edges tested, so larger ones are left to JTS's indexed check. */
    static final int MAX_EDGES = 64;
    /** Shewchuk's bound on the rounding error of a 2D orientation determinant, relative to its terms. */
    private static final double ORIENTATION_ERROR = (3 + 16 * 0x1p-53) * 0x1p-53;

    private QuickValidity() {
    }

    static boolean isCertainlyValid(Geometry geometry) {
        if (geometry instanceof Point || geometry instanceof MultiPoint) {
            return true;
        }
        return geometry instanceof Polygon polygon && polygon.getNumInteriorRing() == 0
                && polygon.getExteriorRing().getCoordinateSequence() instanceof PackedCoordinateSequence.Double ring
                && ring.getDimension() == 2 && isCertainlySimple(ring.getRawCoordinates());
    }

    /** Whether the closed ring, packed as x,y pairs with the first position repeated at the end, is surely simple. */
    static boolean isCertainlySimple(double[] xy) {
        int edges = xy.length / 2 - 1;
        if (edges < 3) {
            return false;
        }
        if (isStarAroundMean(xy, edges)) {
            return true;
        }
        if (edges > MAX_EDGES) {
            return false;
        }
        for (int i = 0; i < edges; i++) {
            int a = 2 * i;
            int b = 2 * ((i + 1) % edges);
            int c = 2 * ((i + 2) % edges);
            if (orientation(xy[a], xy[a + 1], xy[b], xy[b + 1], xy[c], xy[c + 1]) == 0) {
                return false;
            }
        }
        for (int i = 0; i < edges; i++) {
            int lastOther = i == 0 ? edges - 2 : edges - 1;
            for (int j = i + 2; j <= lastOther; j++) {
                if (!certainlyApart(xy, 2 * i, 2 * j)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether every edge turns the same way around the mean of the vertices and the ring goes round it once: then each
     * edge lies in its own wedge around that point and the ring is simple. Most parcels pass this linear test, which
     * spares them the test of every pair of edges.
     */
    private static boolean isStarAroundMean(double[] xy, int edges) {
        double sumX = 0;
        double sumY = 0;
        for (int i = 0; i < edges; i++) {
            sumX += xy[2 * i];
            sumY += xy[2 * i + 1];
        }
        double cx = sumX / edges;
        double cy = sumY / edges;
        int turn = orientation(cx, cy, xy[0], xy[1], xy[2], xy[3]);
        if (turn == 0) {
            return false;
        }
        int rounds = 0;
        for (int i = 0; i < edges; i++) {
            double ax = xy[2 * i];
            double ay = xy[2 * i + 1];
            double bx = xy[2 * i + 2];
            double by = xy[2 * i + 3];
            if (orientation(cx, cy, ax, ay, bx, by) != turn) {
                return false;
            }
            // Going round counter-clockwise, the ring crosses the horizontal through the centre upwards once a round
            // (on its right); clockwise, downwards.
            if (turn > 0 ? ay < cy && cy <= by : ay > cy && cy >= by) {
                rounds++;
            }
        }
        return rounds == 1;
    }

    /** Whether the edges starting at offsets {@code p} and {@code q} certainly do not meet. */
    private static boolean certainlyApart(double[] xy, int p, int q) {
        double ax = xy[p];
        double ay = xy[p + 1];
        double bx = xy[p + 2];
        double by = xy[p + 3];
        double cx = xy[q];
        double cy = xy[q + 1];
        double dx = xy[q + 2];
        double dy = xy[q + 3];
        if (Math.max(ax, bx) < Math.min(cx, dx) || Math.max(cx, dx) < Math.min(ax, bx)
                || Math.max(ay, by) < Math.min(cy, dy) || Math.max(cy, dy) < Math.min(ay, by)) {
            return true;
        }
        int c = orientation(ax, ay, bx, by, cx, cy);
        int d = orientation(ax, ay, bx, by, dx, dy);
        if (c != 0 && c == d) {
            return true;
        }
        int a = orientation(cx, cy, dx, dy, ax, ay);
        int b = orientation(cx, cy, dx, dy, bx, by);
        return a != 0 && a == b;
    }

    /** The side of the line a-b that c lies on: 1 left, -1 right, 0 on it or too close to tell. */
    private static int orientation(double ax, double ay, double bx, double by, double cx, double cy) {
        double left = (ax - cx) * (by - cy);
        double right = (ay - cy) * (bx - cx);
        double determinant = left - right;
        double bound = ORIENTATION_ERROR * (Math.abs(left) + Math.abs(right));
        if (determinant > bound) {
            return 1;
        }
        if (-determinant > bound) {
            return -1;
        }
        return 0;
    }
}
