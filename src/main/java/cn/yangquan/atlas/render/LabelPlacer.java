package cn.yangquan.atlas.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Places labels so that none overlaps another: candidates are tried in priority order, each at its anchor and then
 * at four offsets; a label that fits nowhere is left out rather than drawn over another.
 */
final class LabelPlacer {
    private final List<Rectangle2D> taken = new ArrayList<>();
    private final double padding;

    LabelPlacer(double padding) {
        this.padding = padding;
    }

    /** Reserves space that labels must avoid (markers, legend). */
    void reserve(Rectangle2D box) {
        taken.add(box);
    }

    /**
     * Tries to place a box of the given size centred at (x, y), else shifted below, above, right or left.
     * @return the box placed, or null when every position collides
     */
    Rectangle2D place(double x, double y, double width, double height) {
        double[][] offsets = {{0, 0}, {0, height * 0.9}, {0, -height * 0.9}, {width * 0.6, 0}, {-width * 0.6, 0}};
        for (double[] offset : offsets) {
            Rectangle2D box = new Rectangle2D.Double(x + offset[0] - width / 2, y + offset[1] - height / 2, width, height);
            if (free(box)) {
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
