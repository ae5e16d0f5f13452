package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.style.Hatch;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;

/**
 * Draws hatch patterns as real lines clipped to the area, so they stay vector in PDF and SVG and scale cleanly
 * (a texture paint would turn into an image there).
 */
final class Hatches {
    private Hatches() {
    }

    /**
     * Hatches the area, drawing lines only within {@code frame} (the map's frame, in the same coordinates): a zone seen
     * at township zoom reaches far past the frame, and lines over its whole extent cost a rasteriser pass each.
     */
    static void fill(Graphics2D g, Shape area, Hatch hatch, Color color, double spacing, float width, Rectangle2D frame) {
        if (hatch == Hatch.NONE || color == null) {
            return;
        }
        Rectangle2D box = area.getBounds2D().createIntersection(frame);
        if (box.isEmpty()) {
            return;
        }
        box.add(new Point2D.Double(box.getMinX() - width, box.getMinY() - width));
        box.add(new Point2D.Double(box.getMaxX() + width, box.getMaxY() + width));
        Shape oldClip = g.getClip();
        g.clip(area);
        g.setColor(color);
        g.setStroke(new BasicStroke(width));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        switch (hatch) {
            case DIAGONAL -> diagonals(g, box, spacing, 1);
            case BACK_DIAGONAL -> diagonals(g, box, spacing, -1);
            case HORIZONTAL -> horizontals(g, box, spacing);
            case VERTICAL -> verticals(g, box, spacing);
            case CROSS -> {
                horizontals(g, box, spacing);
                verticals(g, box, spacing);
            }
            case DIAGONAL_CROSS -> {
                diagonals(g, box, spacing, 1);
                diagonals(g, box, spacing, -1);
            }
            case DOTS -> dots(g, box, spacing, width);
            default -> {
            }
        }
        g.setClip(oldClip);
    }

    /** Lines at 45 degrees; lines are aligned to a global grid so neighbouring townships' hatches join up. */
    private static void diagonals(Graphics2D g, Rectangle2D box, double spacing, int direction) {
        double span = box.getWidth() + box.getHeight();
        double start = Math.floor((direction > 0 ? box.getMinX() + box.getMinY() : box.getMinX() - box.getMaxY()) / spacing) * spacing;
        for (double offset = start; offset <= start + span + spacing; offset += spacing) {
            if (direction > 0) {
                g.draw(new Line2D.Double(offset - box.getMinY(), box.getMinY(), offset - box.getMaxY(), box.getMaxY()));
            } else {
                g.draw(new Line2D.Double(offset + box.getMinY(), box.getMinY(), offset + box.getMaxY(), box.getMaxY()));
            }
        }
    }

    private static void horizontals(Graphics2D g, Rectangle2D box, double spacing) {
        for (double y = Math.floor(box.getMinY() / spacing) * spacing; y <= box.getMaxY(); y += spacing) {
            g.draw(new Line2D.Double(box.getMinX(), y, box.getMaxX(), y));
        }
    }

    private static void verticals(Graphics2D g, Rectangle2D box, double spacing) {
        for (double x = Math.floor(box.getMinX() / spacing) * spacing; x <= box.getMaxX(); x += spacing) {
            g.draw(new Line2D.Double(x, box.getMinY(), x, box.getMaxY()));
        }
    }

    private static void dots(Graphics2D g, Rectangle2D box, double spacing, float width) {
        double r = Math.max(1, width);
        for (double y = Math.floor(box.getMinY() / spacing) * spacing; y <= box.getMaxY(); y += spacing) {
            for (double x = Math.floor(box.getMinX() / spacing) * spacing; x <= box.getMaxX(); x += spacing) {
                g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
        }
    }
}
