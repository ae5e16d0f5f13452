package cn.yangquan.atlas.io;

import cn.yangquan.atlas.io.crs.CrsDomain;
import cn.yangquan.atlas.io.crs.CrsText;
import cn.yangquan.atlas.io.crs.SourceCrs;
import cn.yangquan.atlas.model.Feature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/** Moves features read in a source CRS into the map CRS, in place, dropping (and reporting) any that cannot be. */
final class FeatureReprojection {
    private FeatureReprojection() {
    }

    /**
     * The features whose geometries were transformed from {@code sourceCrs} to the map CRS. The layer's extent is first
     * checked against the CRS's domain of validity ({@link #checkLayer}); then a feature whose coordinates do not
     * transform to finite map coordinates is left out with a problem naming it.
     *
     * @throws InputProblem an unknown CRS, or coordinates that cannot belong to it (one message for the layer)
     */
    static List<Feature> toMapCrs(List<Feature> features, String sourceCrs, String file, List<String> problems)
            throws InputProblem {
        Envelope sourceExtent = new Envelope();
        for (Feature feature : features) {
            sourceExtent.expandToInclude(feature.geometry().getEnvelopeInternal());
        }
        checkLayer(sourceExtent, sourceCrs, file, problems);
        return checkedToMapCrs(features, sourceCrs, file, problems);
    }

    /**
     * As {@link #toMapCrs}, for features whose layer already passed {@link #checkLayer} (a share of a large layer,
     * projected on its own thread: the layer-level check and its messages come once, not once per share).
     */
    static List<Feature> checkedToMapCrs(List<Feature> features, String sourceCrs, String file, List<String> problems) {
        if (MapProjection.MAP_CRS.equals(sourceCrs)) {
            return features;
        }
        MapProjection projection = new MapProjection(sourceCrs);
        List<Feature> transformed = new ArrayList<>(features.size());
        for (Feature feature : features) {
            Envelope extent = projection.toMap(feature.geometry()).getEnvelopeInternal();
            if (Double.isFinite(extent.getMinX()) && Double.isFinite(extent.getMaxX())
                    && Double.isFinite(extent.getMinY()) && Double.isFinite(extent.getMaxY())) {
                transformed.add(feature);
            } else {
                problems.add(file + ", feature " + feature.id() + ": " + CrsText.get("crs.featureNotTransformed", sourceCrs));
            }
        }
        return transformed;
    }

    /**
     * The layer-level CRS checks, once per layer (see {@link CrsDomain}): coordinates that cannot belong to the CRS
     * are refused naming the likely cause; a layer outside China, or on a datum converted without a shift, is flagged
     * in {@code problems}.
     *
     * @param sourceExtent the extent of the layer's coordinates in {@code sourceCrs}
     * @throws InputProblem an unknown CRS, or coordinates outside its domain
     */
    static void checkLayer(Envelope sourceExtent, String sourceCrs, String file, List<String> problems)
            throws InputProblem {
        try {
            SourceCrs.of(sourceCrs);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, "", CrsText.get("crs.unknown", sourceCrs));
        }
        try {
            CrsDomain.check(sourceExtent, sourceCrs, file, problems);
        } catch (IllegalArgumentException e) {
            throw new InputProblem(file, "", e.getMessage());
        }
    }
}
