package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.crs.SourceCrs;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Transforms between a source CRS and the map CRS, CGCS2000 / 3-degree Gauss-Kruger CM 114E (EPSG:4547), in which
 * lengths and areas are true to well under 0.1 % across Yangquan. A point goes from the source's coordinates to
 * longitude/latitude, then is projected to the map; no datum shift is applied (see {@link SourceCrs}).
 * <p>
 * The CRS is a key: {@code "EPSG:n"}, {@code "ESRI:n"} or a proj4 definition, as {@link CrsResolver} returns it.
 * Instances are not thread-safe; create one per thread.
 */
public final class MapProjection {
    public static final String MAP_CRS = "EPSG:4547";
    public static final String WGS84 = "EPSG:4326";

    private final SourceCrs source;
    private final SourceCrs map;
    private final ProjCoordinate lonLat = new ProjCoordinate();
    private final ProjCoordinate in = new ProjCoordinate();
    private final ProjCoordinate out = new ProjCoordinate();

    /** @throws IllegalArgumentException a CRS key proj4j cannot build */
    public MapProjection(String sourceCrs) {
        source = SourceCrs.of(sourceCrs);
        map = SourceCrs.of(MAP_CRS);
    }

    /** From WGS84 longitude/latitude. */
    public static MapProjection fromWgs84() {
        return new MapProjection(WGS84);
    }

    /** Transforms the geometry in place from the source CRS to the map CRS and returns it. */
    public Geometry toMap(Geometry geometry) {
        geometry.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                forward(sequence.getX(i), sequence.getY(i));
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
        return geometry;
    }

    /** Transforms one map-CRS point back to the source CRS: {x, y} (longitude, latitude for WGS84). */
    public double[] toSource(double x, double y) {
        in.x = x;
        in.y = y;
        map.toLonLat(in, lonLat);
        source.fromLonLat(lonLat, out);
        return new double[] {out.x, out.y};
    }

    public double[] toMap(double x, double y) {
        forward(x, y);
        return new double[] {out.x, out.y};
    }

    private void forward(double x, double y) {
        in.x = x;
        in.y = y;
        source.toLonLat(in, lonLat);
        map.fromLonLat(lonLat, out);
    }
}
