package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.style.LayerStyle;
import java.util.Map;

/** Styles by layer id, with a fallback for layers that have none (a user's added layer, a new plan layer). */
public record StyleBook(Map<String, LayerStyle> styles) {
    public StyleBook {
        styles = Map.copyOf(styles);
    }

    public LayerStyle styleFor(String layerId) {
        return styles.getOrDefault(layerId, LayerStyle.DEFAULT);
    }
}
