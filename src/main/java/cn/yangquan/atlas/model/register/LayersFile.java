package cn.yangquan.atlas.model.register;

import java.util.List;

/** Contents of {@code data/layers.json}. */
public record LayersFile(List<LayerGroup> groups) {
    public LayersFile {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
