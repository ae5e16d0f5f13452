package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.Feature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** Moves features read in a source CRS into the map CRS, in place, dropping (and reporting) any that cannot be. */
final class FeatureReprojection {
    private FeatureReprojection() {
    }

    /**
     * The features whose geometries were transformed from {@code sourceCrs} to the map CRS; a feature whose
     * coordinates do not transform to finite map coordinates is left out with a problem naming it.
     */
    static List<Feature> toMapCrs(List<Feature> features, String sourceCrs, String file, List<String> problems)
            throws InputProblem {
        if (MapProjection.MAP_CRS.equals(sourceCrs)) {
            return features;
        }
        MapProjection projection;
        try {
            projection = new MapProjection(sourceCrs);
        } catch (RuntimeException e) {
            throw new InputProblem(file, "crs", "cannot transform from " + sourceCrs + ": " + e.getMessage(), e);
        }
        List<Feature> transformed = new ArrayList<>(features.size());
        for (Feature feature : features) {
            try {
                Envelope extent = projection.toMap(feature.geometry()).getEnvelopeInternal();
                if (!(Double.isFinite(extent.getMinX()) && Double.isFinite(extent.getMaxX())
                        && Double.isFinite(extent.getMinY()) && Double.isFinite(extent.getMaxY()))) {
                    throw new IllegalArgumentException("no finite map coordinates");
                }
                transformed.add(feature);
            } catch (RuntimeException e) {
                problems.add(file + ", feature " + feature.id() + ": coordinates cannot be transformed from "
                        + sourceCrs + " (" + e.getMessage() + "; skipped)");
            }
        }
        return transformed;
    }
}
