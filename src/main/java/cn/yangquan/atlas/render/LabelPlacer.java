package cn.yangquan.atlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels so that none overlaps another, a reserved box (a symbol) or the frame's edge: candidates are tried
 * in priority order, each at its anchor and then at eight positions around it, nearest first; a label that fits
 * nowhere is left out rather than drawn over something or cut at the edge.
 */
final class LabelPlacer {
    /** Offsets around the anchor in units of the label's width (x) and height (y), nearest first. */
    private static final double[][] OFFSETS = {{0, 0}, {0, 0.9}, {0, -0.9}, {0.6, 0}, {-0.6, 0},
            {0.55, 0.8}, {-0.55, 0.8}, {0.55, -0.8}, {-0.55, -0.8}, {0, 1.7}, {0, -1.7}, {1.1, 0}, {-1.1, 0},
            {0.8, 1.6}, {-0.8, 1.6}, {0.8, -1.6}, {-0.8, -1.6}};

    private final List<Rectangle2D> taken = new ArrayList<>();
    private final double padding;
    private final Rectangle2D frame;

    /**
     * @param padding the clear space kept around every label, in pixels
     * @param frame   the drawing area (pixels); a label must lie wholly inside it
     */
    LabelPlacer(double padding, Rectangle2D frame) {
        this.padding = padding;
        this.frame = frame;
    }

    /** Reserves space that labels must avoid (a symbol). */
    void reserve(Rectangle2D box) {
        taken.add(box);
    }

    /** How many of {@link #OFFSETS} keep a label next to its anchor rather than beside a neighbour's. */
    private static final int NEAR = 5;

    /**
     * Tries to place a box of the given size centred at (x, y), else at the positions around it; with {@code near}
     * only the positions that touch the anchor (a large name placed far off would name the wrong area).
     * @return the box placed, or null when every position collides or leaves the frame
     */
    Rectangle2D place(double x, double y, double width, double height, boolean near) {
        for (int i = 0; i < (near ? NEAR : OFFSETS.length); i++) {
            double[] offset = OFFSETS[i];
            Rectangle2D box = new Rectangle2D.Double(x + offset[0] * width - width / 2, y + offset[1] * height - height / 2,
                    width, height);
            if (frame.contains(box) && free(box)) {
                taken.add(box);
                return box;
            }
        }
        return null;
    }

    private boolean free(Rectangle2D box) {
        Rectangle2D padded = new Rectangle2D.Double(box.getX() - padding, box.getY() - padding,
                box.getWidth() + 2 * padding, box.getHeight() + 2 * padding);
        for (Rectangle2D other : taken) {
            if (other.intersects(padded)) {
                return false;
            }
        }
        return true;
    }
}
