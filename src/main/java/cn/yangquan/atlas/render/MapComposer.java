package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Composes a finished map: background, the visible layers with their opacities, scale bar, north arrow and the
 * notes (schematic warning, credits). The window's overlay and the {@code render} command both use it.
 */
public final class MapComposer {
    public static final Color BACKGROUND = new Color(0xE9, 0xEE, 0xF2);

    private final MapRenderer renderer;

    public MapComposer(MapRenderer renderer) {
        this.renderer = renderer;
    }

    public BufferedImage image(List<MapLayer> layersInOrder, List<LayerState> states, Viewport viewport, List<String> notes) {
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, viewport.width(), viewport.height());
            renderer.paintMap(g, layersInOrder, states, viewport, 1.0);
            paintFurniture(g, viewport, 1.0, notes);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Scale bar bottom-left, north arrow top-right, notes bottom-right. */
    public void paintFurniture(Graphics2D g, Viewport viewport, double pixelScale, List<String> notes) {
        double margin = 14 * pixelScale;
        ScaleBar bar = ScaleBar.fitting(viewport.metresPerPixel(), 160 * pixelScale);
        Decorations.scaleBar(g, bar, margin + 4 * pixelScale, viewport.height() - margin, pixelScale, renderer.font());
        Decorations.northArrow(g, viewport.width() - margin - 18 * pixelScale, margin, 44 * pixelScale, renderer.font());
        if (!notes.isEmpty()) {
            double maxWidth = viewport.width() * 0.62;
            double width = Decorations.notesWidth(g, notes, maxWidth, pixelScale, renderer.font());
            Decorations.notes(g, notes, viewport.width() - width - margin, viewport.height() - margin,
                    maxWidth, pixelScale, renderer.font());
        }
    }
}
