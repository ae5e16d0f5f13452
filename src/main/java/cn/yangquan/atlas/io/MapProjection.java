package cn.yangquan.atlas.io;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms between a source CRS and the map CRS, CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547), in which
 * lengths and areas are true to well under 0.1 % across Yangquan. Instances are not thread-safe (proj4j transforms
 * keep state); create one per thread.
 */
public final class MapProjection {
    public static final String MAP_CRS = "EPSG:4547";
    public static final String WGS84 = "EPSG:4326";
    private static final CRSFactory CRS_FACTORY = new CRSFactory();
    private static final CoordinateTransformFactory TRANSFORMS = new CoordinateTransformFactory();

    private final CoordinateTransform forward;
    private final CoordinateTransform inverse;

    public MapProjection(String sourceCrs) {
        CoordinateReferenceSystem source = CRS_FACTORY.createFromName(sourceCrs);
        CoordinateReferenceSystem target = CRS_FACTORY.createFromName(MAP_CRS);
        forward = TRANSFORMS.createTransform(source, target);
        inverse = TRANSFORMS.createTransform(target, source);
    }

    /** From WGS84 longitude/latitude. */
    public static MapProjection fromWgs84() {
        return new MapProjection(WGS84);
    }

    /** Transforms the geometry in place from the source CRS to the map CRS and returns it. */
    public Geometry toMap(Geometry geometry) {
        apply(geometry, forward);
        return geometry;
    }

    /** Transforms one map-CRS point back to the source CRS: {x, y} (longitude, latitude for WGS84). */
    public double[] toSource(double x, double y) {
        ProjCoordinate result = inverse.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] {result.x, result.y};
    }

    public double[] toMap(double x, double y) {
        ProjCoordinate result = forward.transform(new ProjCoordinate(x, y), new ProjCoordinate());
        return new double[] {result.x, result.y};
    }

    private static void apply(Geometry geometry, CoordinateTransform transform) {
        ProjCoordinate in = new ProjCoordinate();
        ProjCoordinate out = new ProjCoordinate();
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                in.x = sequence.getX(i);
                in.y = sequence.getY(i);
                transform.transform(in, out);
                sequence.setOrdinate(i, 0, out.x);
                sequence.setOrdinate(i, 1, out.y);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        geometry.geometryChanged();
    }
}
