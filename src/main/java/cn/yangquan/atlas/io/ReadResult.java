package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.FeatureCollection;
import java.util.List;

/**
 * What a layer reader produced: the features (in the map CRS), the CRS they were read from, and what was wrong with
 * the features that were skipped or repaired (each naming file, feature and cause).
 */
public record ReadResult(FeatureCollection features, String sourceCrs, List<String> problems, int repaired) {
    public ReadResult {
        problems = List.copyOf(problems);
    }
}
