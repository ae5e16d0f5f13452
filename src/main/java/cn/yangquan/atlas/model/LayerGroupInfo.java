package cn.yangquan.atlas.model;

import java.util.List;

/** A node of the layer tree: a titled group of layer ids, in drawing order (bottom first). */
public record LayerGroupInfo(String id, String title, String titleEn, List<String> layerIds) {
    public LayerGroupInfo {
        layerIds = List.copyOf(layerIds);
    }

    public String title(boolean english) {
        return english && titleEn != null ? titleEn : title;
    }
}
