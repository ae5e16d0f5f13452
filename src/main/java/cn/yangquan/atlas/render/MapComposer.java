package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.Viewport;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Composes a finished map: background, the drawn layers of a {@link MapComposition}, scale bar, north arrow and the
 * notes (schematic warning, credits, layers with nothing to draw). The window's furniture, the slides and the
 * {@code render} command use it, and it fits extents so that the furniture stays clear of them.
 */
public final class MapComposer {
    public static final Color BACKGROUND = new Color(0xE9, 0xEE, 0xF2);
    /** Clear space between the frame and its furniture, in pixels at scale 1. */
    private static final double MARGIN = 14;
    /** Height of the north arrow's band at the top, in pixels at scale 1. */
    private static final double ARROW_BAND = 64;
    /** Height of the scale bar's band at the bottom, in pixels at scale 1. */
    private static final double SCALE_BAR_BAND = 38;
    /** Notes wrap to this share of the map's width. */
    private static final double NOTES_WIDTH = 0.62;

    private final MapRenderer renderer;

    public MapComposer(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * The finished map as an opaque image of the viewport's pixels (at 96 dpi, pixel scale 1), its layers drawn as
     * the window draws them.
     */
    public BufferedImage image(MapComposition composition, Viewport viewport, List<String> notes) {
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, viewport.width(), viewport.height());
            renderer.paintMap(g, composition, viewport, 1.0, true);
            paintFurniture(g, viewport, 1.0, notes);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The viewport of a map of this size (pixels) that shows the whole extent (map metres) clear of the furniture
     * {@link #paintFurniture} draws with these notes: below the north arrow's band, above the scale bar and notes.
     */
    public Viewport fit(Envelope extent, int width, int height, double pixelScale, List<String> notes) {
        return fit(extent, width, height, pixelScale, notes, 0);
    }

    /** As {@link #fit(Envelope, int, int, double, List)}, below a heading {@code headerHeight} pixels tall (a slide's). */
    public Viewport fit(Envelope extent, int width, int height, double pixelScale, List<String> notes, double headerHeight) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = scratch.createGraphics();
        try {
            double notesHeight = notes.isEmpty() ? 0 : Decorations.notesHeight(g, notes, width * NOTES_WIDTH, pixelScale,
                    renderer.font());
            double bottom = MARGIN * pixelScale + Math.max(SCALE_BAR_BAND * pixelScale, notesHeight) + 6 * pixelScale;
            double side = MARGIN * pixelScale;
            double top = Math.max(ARROW_BAND * pixelScale, headerHeight + MARGIN * pixelScale);
            return Viewport.fitClear(extent, width, height, top, side, bottom, side);
        } finally {
            g.dispose();
        }
    }

    /** Scale bar bottom-left, north arrow top-right, notes bottom-right. */
    public void paintFurniture(Graphics2D g, Viewport viewport, double pixelScale, List<String> notes) {
        double margin = MARGIN * pixelScale;
        ScaleBar bar = ScaleBar.fitting(viewport.metresPerPixel(), 160 * pixelScale);
        Decorations.scaleBar(g, bar, margin + 4 * pixelScale, viewport.height() - margin, pixelScale, renderer.font());
        Decorations.northArrow(g, viewport.width() - margin - 18 * pixelScale, margin, 44 * pixelScale, renderer.font());
        if (!notes.isEmpty()) {
            double maxWidth = viewport.width() * NOTES_WIDTH;
            double width = Decorations.notesWidth(g, notes, maxWidth, pixelScale, renderer.font());
            Decorations.notes(g, notes, viewport.width() - width - margin, viewport.height() - margin,
                    maxWidth, pixelScale, renderer.font());
        }
    }
}
