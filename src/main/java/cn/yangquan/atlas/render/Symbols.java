package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.style.Symbol;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Marker shapes centred on a point. */
final class Symbols {
    private Symbols() {
    }

    static Shape shape(Symbol symbol, double x, double y, double size) {
        double r = size / 2;
        return switch (symbol) {
            case NONE -> new Rectangle2D.Double(x, y, 0, 0);
            case CIRCLE -> new Ellipse2D.Double(x - r, y - r, size, size);
            case SQUARE -> new Rectangle2D.Double(x - r * 0.9, y - r * 0.9, size * 0.9, size * 0.9);
            case TRIANGLE -> polygon(x, y, r * 1.15, 3, -Math.PI / 2);
            case DIAMOND -> polygon(x, y, r * 1.1, 4, -Math.PI / 2);
            case PENTAGON -> polygon(x, y, r * 1.05, 5, -Math.PI / 2);
            case HEXAGON -> polygon(x, y, r, 6, 0);
            case STAR -> star(x, y, r * 1.2);
            case PIN -> pin(x, y, r);
        };
    }

    private static Shape polygon(double x, double y, double r, int sides, double start) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < sides; i++) {
            double angle = start + 2 * Math.PI * i / sides;
            double px = x + r * Math.cos(angle);
            double py = y + r * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }

    private static Shape star(double x, double y, double r) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : r * 0.45;
            double angle = -Math.PI / 2 + Math.PI * i / 5;
            double px = x + radius * Math.cos(angle);
            double py = y + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }

    /** A map pin whose tip is at the point. */
    private static Shape pin(double x, double y, double r) {
        Path2D path = new Path2D.Double();
        path.moveTo(x, y);
        path.curveTo(x - r * 0.3, y - r * 0.8, x - r, y - r * 1.2, x - r, y - r * 1.8);
        path.curveTo(x - r, y - r * 2.5, x + r, y - r * 2.5, x + r, y - r * 1.8);
        path.curveTo(x + r, y - r * 1.2, x + r * 0.3, y - r * 0.8, x, y);
        path.closePath();
        return path;
    }
}
