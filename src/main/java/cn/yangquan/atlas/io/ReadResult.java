package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.FeatureCollection;
import java.util.List;

/**
 * What a layer reader produced: the features (in the map CRS, attributes in the file's field order), the CRS they
 * were read from, what was wrong with the features that were skipped or repaired (each naming file, feature and
 * cause), how many were repaired, and the layer's name within its file ("" for a single-layer format; the table of a
 * GeoPackage). A layer that ended with no features has a problem saying so.
 */
public record ReadResult(FeatureCollection features, String sourceCrs, List<String> problems, int repaired,
                         String table) {
    public ReadResult {
        problems = List.copyOf(problems);
    }

    /** A single-layer file's result. */
    public ReadResult(FeatureCollection features, String sourceCrs, List<String> problems, int repaired) {
        this(features, sourceCrs, problems, repaired, "");
    }

    public boolean isEmpty() {
        return features.size() == 0;
    }
}
