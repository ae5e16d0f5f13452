package cn.yangquan.atlas.model;

import cn.yangquan.atlas.model.style.LayerStyle;

/**
 * A drawable layer: its features (map CRS), how they are drawn, and where it sits in the layer tree.
 *
 * @param group      id of the layer-tree group ("base", "circles", "zones", "industries", "places", "user")
 * @param markerSlot for {@link Kind#MARKER} layers, the marker's place around the township anchor so that several
 *                   industries in one township stand side by side; ignored otherwise
 */
public record MapLayer(String id, String title, String titleEn, String group, Kind kind, FeatureCollection features,
                       LayerStyle style, int markerSlot) {

    /** How the features are drawn. */
    public enum Kind {
        /** Filled and outlined polygons. */
        AREA,
        /** Outlines only: strokes of polygon boundaries or lines. */
        LINE,
        /** Point symbols at feature points. */
        POINT,
        /** Symbols at the anchor points of townships, offset by slot. */
        MARKER,
        /** Township names placed without overlap. */
        LABEL
    }

    public String title(boolean english) {
        return english && titleEn != null && !titleEn.isBlank() ? titleEn : title;
    }
}
