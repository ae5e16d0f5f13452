package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.Viewport;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out an exported map page on any {@link Graphics2D} (PNG, PDF, SVG): title and caption on top, the map in a
 * frame with scale bar and north arrow, the legend of the visible layers on the right, notes and date at the
 * bottom. Sizes follow {@code pixelScale} (1 = 96 dpi screen pixels).
 */
public final class PageLayout {
    private static final Color INK = new Color(0x1E, 0x1E, 0x1E);
    private static final Color FRAME = new Color(0x70, 0x70, 0x70);

    private final MapRenderer renderer;

    public PageLayout(MapRenderer renderer) {
        this.renderer = renderer;
    }

    /** The viewport the map frame of a page of this size shows (used for scale checks). */
    public Viewport mapViewport(PageContent content, double width, double height, double pixelScale) {
        Rectangle2D frame = mapFrame(width, height, pixelScale, content);
        // The scale bar (bottom left) and north arrow (top right) stand inside the frame: fit the extent clear of them.
        double side = 12 * pixelScale;
        return Viewport.fitClear(content.extent(), (int) Math.round(frame.getWidth()), (int) Math.round(frame.getHeight()),
                58 * pixelScale, side, 44 * pixelScale, side);
    }

    public void paint(Graphics2D g, PageContent content, double width, double height, double pixelScale) {
        Font font = renderer.font();
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        double margin = 18 * pixelScale;

        Font titleFont = font.deriveFont(Font.BOLD, (float) (font.getSize2D() * 2.0 * pixelScale));
        g.setFont(titleFont);
        g.setColor(INK);
        FontMetrics titleMetrics = g.getFontMetrics();
        g.drawString(content.title(), (float) margin, (float) (margin + titleMetrics.getAscent()));
        Font captionFont = font.deriveFont((float) (font.getSize2D() * 1.0 * pixelScale));
        g.setFont(captionFont);
        g.setColor(new Color(0x44, 0x44, 0x44));
        FontMetrics captionMetrics = g.getFontMetrics();
        double captionTop = margin + titleMetrics.getHeight() + 2 * pixelScale;
        List<String> captionLines = Decorations.wrap(List.of(content.caption()), captionMetrics, width - 2 * margin);
        for (int i = 0; i < Math.min(2, captionLines.size()); i++) {
            String line = captionLines.get(i) + (i == 1 && captionLines.size() > 2 ? "…" : "");
            g.drawString(line, (float) margin, (float) (captionTop + captionMetrics.getAscent() + i * captionMetrics.getHeight()));
        }

        Rectangle2D frame = mapFrame(width, height, pixelScale, content);
        Viewport viewport = mapViewport(content, width, height, pixelScale);
        Graphics2D mapGraphics = (Graphics2D) g.create();
        try {
            mapGraphics.translate(frame.getX(), frame.getY());
            mapGraphics.clip(new Rectangle2D.Double(0, 0, frame.getWidth(), frame.getHeight()));
            mapGraphics.setColor(MapComposer.BACKGROUND);
            mapGraphics.fill(new Rectangle2D.Double(0, 0, frame.getWidth(), frame.getHeight()));
            renderer.paintMap(mapGraphics, content.composition(), viewport, pixelScale);
            ScaleBar bar = ScaleBar.fitting(viewport.metresPerPixel(), 150 * pixelScale);
            Decorations.scaleBar(mapGraphics, bar, 12 * pixelScale, frame.getHeight() - 12 * pixelScale, pixelScale, font);
            Decorations.northArrow(mapGraphics, frame.getWidth() - 30 * pixelScale, 12 * pixelScale, 40 * pixelScale, font);
        } finally {
            mapGraphics.dispose();
        }
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) pixelScale));
        g.draw(frame);

        double legendX = frame.getMaxX() + 10 * pixelScale;
        Shape oldClip = g.getClip();
        g.clip(new Rectangle2D.Double(legendX, frame.getY(), width - legendX - margin / 2, frame.getHeight()));
        Decorations.legend(g, content.legendHeading(), content.legendLayers(viewport.extent()),
                content.composition().groundColour(), content.english(), legendX, frame.getY(), pixelScale, font);
        g.setClip(oldClip);

        List<String> footer = new ArrayList<>(content.notes());
        footer.add(content.dateLine());
        Font noteFont = font.deriveFont((float) (font.getSize2D() * 0.75 * pixelScale));
        g.setFont(noteFont);
        g.setColor(INK);
        FontMetrics noteMetrics = g.getFontMetrics();
        List<String> lines = Decorations.wrap(footer, noteMetrics, width - 2 * margin);
        double cursor = frame.getMaxY() + 6 * pixelScale + noteMetrics.getAscent();
        for (String line : lines) {
            g.drawString(line, (float) margin, (float) cursor);
            cursor += noteMetrics.getHeight();
        }
    }

    /** The map frame: below title and caption, left of the legend column, above the notes. */
    private Rectangle2D mapFrame(double width, double height, double pixelScale, PageContent content) {
        Font font = renderer.font();
        double margin = 18 * pixelScale;
        double top = margin + font.getSize2D() * pixelScale * (2.0 * 1.35 + 2 * 1.35) + 8 * pixelScale;
        int noteLines = content.notes().size() + 2;
        double bottom = height - margin - noteLines * font.getSize2D() * 0.75 * pixelScale * 1.35;
        double legendWidth = Math.min(width * 0.26, 250 * pixelScale);
        return new Rectangle2D.Double(margin, top, width - 2 * margin - legendWidth - 10 * pixelScale, Math.max(50, bottom - top));
    }
}
