package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** The selected township and highlighted features as layers of one highlight style, one layer per kind of geometry. */
final class SelectionOverlay {
    static final String ID = "__selection";
    private static final LayerStyle HIGHLIGHT = new LayerStyle(new Color(255, 200, 0, 70), new Color(0xE6, 0x5C, 0x00),
            3.5f, null, null, null, 8f, Symbol.CIRCLE, new Color(255, 200, 0), 12f, null);

    private SelectionOverlay() {
    }

    /** Areas, lines and points of the features, each drawn as its kind of layer; empty for no features. */
    static List<MapLayer> layers(List<Feature> features) {
        List<MapLayer> overlays = new ArrayList<>();
        for (MapLayer.Kind kind : List.of(MapLayer.Kind.AREA, MapLayer.Kind.LINE, MapLayer.Kind.POINT)) {
            int dimension = kind == MapLayer.Kind.AREA ? 2 : kind == MapLayer.Kind.LINE ? 1 : 0;
            List<Feature> ofKind = features.stream().filter(f -> f.geometry().getDimension() == dimension).toList();
            if (!ofKind.isEmpty()) {
                overlays.add(new MapLayer(ID, "", "", "overlay", kind, new FeatureCollection(ID, ofKind), HIGHLIGHT, 0));
            }
        }
        return overlays;
    }
}
