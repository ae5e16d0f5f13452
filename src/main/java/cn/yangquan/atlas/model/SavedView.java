package cn.yangquan.atlas.model;

import java.util.List;

/**
 * A named map view for meetings: extent (map CRS metres), layer states in drawing order, the selected township
 * (register code or null), a title and a caption.
 */
public record SavedView(String id, String title, String caption, org.locationtech.jts.geom.Envelope extent,
                        List<LayerState> layers, String selectedTownship) {
    public SavedView {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a view needs an id");
        }
        title = title == null ? "" : title;
        caption = caption == null ? "" : caption;
        extent = extent == null ? null : new org.locationtech.jts.geom.Envelope(extent);
        layers = layers == null ? List.of() : List.copyOf(layers);
    }

    public SavedView withTitle(String newTitle) {
        return new SavedView(id, newTitle, caption, extent, layers, selectedTownship);
    }

    public SavedView withCaption(String newCaption) {
        return new SavedView(id, title, newCaption, extent, layers, selectedTownship);
    }
}
