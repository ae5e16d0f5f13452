package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.FeatureCollection;
import java.util.List;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;

/**
 * The exact extent of a layer in WGS84 longitude/latitude: every vertex is taken back from the map CRS, so the bounds
 * are those of the data, not of its projected envelope (which would be up to a kilometre too wide, as the edges of a
 * Gauss-Krüger envelope are not meridians and parallels). Stateless; thread-safe.
 */
public final class Wgs84Bounds {
    private Wgs84Bounds() {
    }

    /**
     * [west, south, east, north] in degrees, rounded to 1e-7° (about 1 cm); null for a layer without features (it
     * has no bounds).
     */
    public static List<Double> of(FeatureCollection features) {
        if (features.size() == 0) {
            return null;
        }
        MapProjection projection = MapProjection.fromWgs84();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        CoordinateSequenceFilter filter = new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence sequence, int i) {
                double[] lonLat = projection.toSource(sequence.getX(i), sequence.getY(i));
                box[0] = Math.min(box[0], lonLat[0]);
                box[1] = Math.min(box[1], lonLat[1]);
                box[2] = Math.max(box[2], lonLat[0]);
                box[3] = Math.max(box[3], lonLat[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return false;
            }
        };
        features.features().forEach(feature -> feature.geometry().apply(filter));
        return List.of(round(box[0]), round(box[1]), round(box[2]), round(box[3]));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
