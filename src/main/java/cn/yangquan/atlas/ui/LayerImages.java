package cn.yangquan.atlas.ui;

import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.ImageView;
import javafx.scene.transform.Affine;

/**
 * The map's layer images: one image view per layer, what each shows (the layer as it was drawn and the viewport it
 * was drawn for) and how many times each layer was drawn. An image is current when it shows the same layer instance
 * for the same viewport: only then may a repaint skip it. Used on the FX thread, except {@link #counted}.
 */
final class LayerImages {
    /** What an image shows: the layer instance drawn, for this viewport. */
    private record Drawn(MapLayer layer, Viewport viewport) {
    }

    private final Map<String, ImageView> views = new LinkedHashMap<>();
    private final Map<String, Drawn> drawn = new HashMap<>();
    private final Map<String, AtomicInteger> renders = new ConcurrentHashMap<>();

    /**
     * Takes the layers of a new map. A layer the old map had keeps its view and image, so the map does not go blank
     * while it is drawn again; its image stays current if it is the same layer instance, except labels, which keep
     * clear of symbols that may have changed. Returns the views of the new map's layers, in its order.
     */
    Map<String, ImageView> setLayers(List<MapLayer> layers) {
        Map<String, ImageView> kept = new LinkedHashMap<>();
        for (MapLayer layer : layers) {
            ImageView view = views.get(layer.id());
            if (view == null) {
                view = new ImageView();
                view.setId("layer-" + layer.id());
                view.setMouseTransparent(true);
            }
            kept.put(layer.id(), view);
            Drawn old = drawn.get(layer.id());
            if (old != null && (old.layer() != layer || layer.kind() == MapLayer.Kind.LABEL)) {
                drawn.put(layer.id(), new Drawn(null, old.viewport()));
            }
        }
        drawn.keySet().retainAll(kept.keySet());
        views.clear();
        views.putAll(kept);
        return kept;
    }

    ImageView view(String layerId) {
        return views.get(layerId);
    }

    /** Whether the layer's image shows this layer instance drawn for exactly this viewport. */
    boolean current(MapLayer layer, Viewport target) {
        Drawn shown = drawn.get(layer.id());
        return shown != null && shown.layer() == layer && shown.viewport().equals(target);
    }

    /** Marks the layer's image as needing a new drawing (labels whose symbols changed); it stays on screen meanwhile. */
    void stale(String layerId) {
        Drawn old = drawn.get(layerId);
        if (old != null) {
            drawn.put(layerId, new Drawn(null, old.viewport()));
        }
    }

    /** Shows a drawing of the layer for a viewport, placed on the current one; null is a layer with nothing there. */
    void show(MapLayer layer, BufferedImage image, Viewport drawnFor, Viewport current) {
        ImageView view = views.get(layer.id());
        if (view == null) {
            return;
        }
        view.setImage(image == null ? null : FxImages.share(image));
        drawn.put(layer.id(), new Drawn(layer, drawnFor));
        place(view, drawnFor, current);
    }

    /** Moves and scales every layer image from the viewport it was drawn for onto the current one. */
    void placeAll(Viewport current) {
        views.forEach((id, view) -> {
            Drawn shown = drawn.get(id);
            place(view, shown == null ? null : shown.viewport(), current);
        });
    }

    /** The viewport the layer's image was drawn for, or null before its first drawing. */
    Viewport drawnFor(String layerId) {
        Drawn shown = drawn.get(layerId);
        return shown == null ? null : shown.viewport();
    }

    /** Counts one drawing of the layer; called on the thread that draws it. */
    void counted(String layerId) {
        renders.computeIfAbsent(layerId, id -> new AtomicInteger()).incrementAndGet();
    }

    /** How many times the layer has been drawn. */
    int renders(String layerId) {
        AtomicInteger count = renders.get(layerId);
        return count == null ? 0 : count.get();
    }

    /**
     * Maps an image drawn for one viewport onto the current one: a scale and a shift. None when either is unknown or
     * they are the same, so a settled map shows its images pixel for pixel, not resampled by rounding noise.
     */
    static void place(ImageView view, Viewport drawn, Viewport current) {
        if (drawn == null || current == null || drawn.equals(current)) {
            view.getTransforms().clear();
            return;
        }
        double scale = drawn.metresPerPixel() / current.metresPerPixel();
        var corner = drawn.toWorld(0, 0);
        var origin = current.toScreen(corner.getX(), corner.getY());
        view.getTransforms().setAll(new Affine(scale, 0, origin.getX(), 0, scale, origin.getY()));
    }
}
