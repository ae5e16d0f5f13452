package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.style.LayerStyle;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/** Map furniture drawn with Java2D: scale bar, north arrow, legend and notes; shared by the window and exports. */
public final class Decorations {
    private static final Color INK = new Color(0x22, 0x22, 0x22);
    private static final Color PAPER = new Color(255, 255, 255, 225);

    private Decorations() {
    }

    /** Draws a two-segment scale bar with its left end at (x, y) (the bar's baseline) and returns its bounds. */
    public static Rectangle2D scaleBar(Graphics2D g, ScaleBar bar, double x, double y, double pixelScale, Font font) {
        antialias(g);
        double height = 6 * pixelScale;
        double half = bar.pixels() / 2;
        g.setColor(PAPER);
        Font labelFont = font.deriveFont((float) (font.getSize2D() * 0.85 * pixelScale));
        FontMetrics metrics = g.getFontMetrics(labelFont);
        double pad = 4 * pixelScale;
        Rectangle2D background = new Rectangle2D.Double(x - pad, y - height - metrics.getHeight() - pad,
                bar.pixels() + metrics.stringWidth(bar.label()) / 2.0 + 2 * pad, height + metrics.getHeight() + 2 * pad);
        g.fill(background);
        g.setColor(INK);
        g.fill(new Rectangle2D.Double(x, y - height, half, height));
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(x + half, y - height, half, height));
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) pixelScale));
        g.draw(new Rectangle2D.Double(x, y - height, bar.pixels(), height));
        g.setFont(labelFont);
        float textY = (float) (y - height - 2 * pixelScale);
        g.drawString("0", (float) x - metrics.stringWidth("0") / 2f, textY);
        g.drawString(bar.label(), (float) (x + bar.pixels() - metrics.stringWidth(bar.label()) / 2.0), textY);
        return background;
    }

    /** A north arrow whose tip is at (x, y), {@code size} pixels tall, with the letter N beneath. */
    public static void northArrow(Graphics2D g, double x, double y, double size, Font font) {
        antialias(g);
        Path2D left = new Path2D.Double();
        left.moveTo(x, y);
        left.lineTo(x - size * 0.32, y + size * 0.8);
        left.lineTo(x, y + size * 0.62);
        left.closePath();
        Path2D right = new Path2D.Double();
        right.moveTo(x, y);
        right.lineTo(x + size * 0.32, y + size * 0.8);
        right.lineTo(x, y + size * 0.62);
        right.closePath();
        g.setColor(INK);
        g.fill(left);
        g.setColor(Color.WHITE);
        g.fill(right);
        g.setColor(INK);
        g.setStroke(new BasicStroke((float) Math.max(1, size / 40)));
        g.draw(right);
        g.draw(left);
        Font letter = font.deriveFont(Font.BOLD, (float) (size * 0.32));
        g.setFont(letter);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString("N", (float) (x - metrics.stringWidth("N") / 2.0), (float) (y + size * 0.8 + metrics.getAscent()));
    }

    /**
     * A legend swatch for a layer inside the box: a patch for areas, a line for lines, the symbol for markers. A
     * translucent fill is laid on {@code ground} (the colour the map shows beneath it, or null), so the swatch shows
     * the colour the map does; dash patterns shrink until two repeats fit, so a dashed line reads as dashed.
     */
    public static void swatch(Graphics2D g, MapLayer.Kind kind, LayerStyle style, Rectangle2D box, double pixelScale,
                              Color ground) {
        antialias(g);
        switch (kind) {
            case AREA -> {
                Rectangle2D patch = new Rectangle2D.Double(box.getX() + 1, box.getY() + 1, box.getWidth() - 2, box.getHeight() - 2);
                if (style.fill() != null && style.fill().getAlpha() < 255 && ground != null) {
                    g.setColor(ground);
                    g.fill(patch);
                }
                if (style.fill() != null) {
                    g.setColor(style.fill());
                    g.fill(patch);
                }
                if (style.hasHatch()) {
                    Hatches.fill(g, patch, style.hatch(), style.hatchColor(), style.hatchSpacing() * pixelScale * 0.7,
                            (float) (Math.max(0.8, style.strokeWidth() * 0.8) * pixelScale), patch.getBounds2D());
                }
                if (style.stroke() != null) {
                    g.setColor(style.stroke());
                    float width = (float) (Math.max(1, style.strokeWidth()) * pixelScale);
                    g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                            fitted(style.dash().pattern(width), patch.getWidth()), 0f));
                    g.draw(patch);
                }
            }
            case LINE -> {
                double y = box.getCenterY();
                Line2D line = new Line2D.Double(box.getX() + 1, y, box.getMaxX() - 1, y);
                if (style.casing() != null) {
                    g.setColor(style.casing());
                    g.setStroke(new BasicStroke((float) ((style.strokeWidth() + 2) * pixelScale)));
                    g.draw(line);
                }
                if (style.stroke() != null) {
                    g.setColor(style.stroke());
                    float width = (float) (style.strokeWidth() * pixelScale);
                    g.setStroke(new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                            fitted(style.dash().pattern(width), line.getX2() - line.getX1()), 0f));
                    g.draw(line);
                }
            }
            case POINT, MARKER -> MapRenderer.drawSymbol(g, style, box.getCenterX(), box.getCenterY(),
                    pixelScale * Math.min(1.0, box.getHeight() / Math.max(1, style.symbolSize() * pixelScale)));
            case LABEL -> {
                g.setColor(style.stroke() == null ? INK : style.stroke());
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(box.getHeight())));
                g.drawString("A", (float) box.getX() + 2, (float) box.getMaxY() - 1);
            }
        }
    }

    /** A dash pattern scaled down so that at least two repeats fit in {@code length}; null stays null (solid). */
    private static float[] fitted(float[] pattern, double length) {
        if (pattern == null) {
            return null;
        }
        double period = 0;
        for (float dash : pattern) {
            period += dash;
        }
        double factor = Math.min(1, length / 2.2 / period);
        float[] scaled = new float[pattern.length];
        for (int i = 0; i < pattern.length; i++) {
            scaled[i] = (float) Math.max(0.5, pattern[i] * factor);
        }
        return scaled;
    }

    /**
     * Draws the legend of the given layers (already filtered to the visible ones) in a framed box with its top-left
     * at (x, y); returns the box.
     */
    public static Rectangle2D legend(Graphics2D g, String heading, List<MapLayer> layers, Color ground, boolean english,
                                     double x, double y, double pixelScale, Font font) {
        antialias(g);
        Font entryFont = font.deriveFont((float) (font.getSize2D() * 0.9 * pixelScale));
        Font headingFont = font.deriveFont(Font.BOLD, (float) (font.getSize2D() * pixelScale));
        FontMetrics entryMetrics = g.getFontMetrics(entryFont);
        FontMetrics headingMetrics = g.getFontMetrics(headingFont);
        double pad = 8 * pixelScale;
        double swatchWidth = 26 * pixelScale;
        double rowHeight = Math.max(entryMetrics.getHeight(), 16 * pixelScale) + 3 * pixelScale;
        double width = headingMetrics.stringWidth(heading);
        for (MapLayer layer : layers) {
            width = Math.max(width, swatchWidth + 6 * pixelScale + entryMetrics.stringWidth(layer.title(english)));
        }
        double height = headingMetrics.getHeight() + rowHeight * layers.size() + pad;
        Rectangle2D box = new Rectangle2D.Double(x, y, width + 2 * pad, height + pad);
        g.setColor(PAPER);
        g.fill(box);
        g.setColor(new Color(0x88, 0x88, 0x88));
        g.setStroke(new BasicStroke((float) pixelScale));
        g.draw(box);
        g.setColor(INK);
        g.setFont(headingFont);
        double cursor = y + pad + headingMetrics.getAscent();
        g.drawString(heading, (float) (x + pad), (float) cursor);
        cursor += headingMetrics.getDescent() + 4 * pixelScale;
        for (MapLayer layer : layers) {
            Rectangle2D swatchBox = new Rectangle2D.Double(x + pad, cursor + 2 * pixelScale, swatchWidth, rowHeight - 6 * pixelScale);
            swatch(g, layer.kind(), layer.style(), swatchBox, pixelScale, ground);
            g.setColor(INK);
            g.setFont(entryFont);
            g.drawString(layer.title(english), (float) (swatchBox.getMaxX() + 6 * pixelScale),
                    (float) (swatchBox.getCenterY() + entryMetrics.getAscent() * 0.4));
            cursor += rowHeight;
        }
        return box;
    }

    /** The width {@link #notes} will take for these lines, wrapped to {@code maxWidth}. */
    public static double notesWidth(Graphics2D g, List<String> lines, double maxWidth, double pixelScale, Font font) {
        FontMetrics metrics = g.getFontMetrics(noteFont(font, pixelScale));
        double pad = 4 * pixelScale;
        double width = 0;
        for (String line : wrap(lines, metrics, maxWidth - 2 * pad)) {
            width = Math.max(width, metrics.stringWidth(line));
        }
        return width + 2 * pad;
    }

    /** The height {@link #notes} will take for these lines, wrapped to {@code maxWidth}. */
    public static double notesHeight(Graphics2D g, List<String> lines, double maxWidth, double pixelScale, Font font) {
        FontMetrics metrics = g.getFontMetrics(noteFont(font, pixelScale));
        double pad = 4 * pixelScale;
        return metrics.getHeight() * wrap(lines, metrics, maxWidth - 2 * pad).size() + 2 * pad;
    }

    private static Font noteFont(Font font, double pixelScale) {
        return font.deriveFont((float) (font.getSize2D() * 0.75 * pixelScale));
    }

    /**
     * Lines of small text (notes, credits) on a white band, bottom-aligned at (x, bottom); lines longer than
     * {@code maxWidth} wrap (Chinese text may break between any two characters).
     */
    public static Rectangle2D notes(Graphics2D g, List<String> lines, double x, double bottom, double maxWidth,
                                    double pixelScale, Font font) {
        antialias(g);
        Font noteFont = noteFont(font, pixelScale);
        FontMetrics metrics = g.getFontMetrics(noteFont);
        double pad = 4 * pixelScale;
        List<String> wrapped = wrap(lines, metrics, maxWidth - 2 * pad);
        double height = metrics.getHeight() * wrapped.size() + 2 * pad;
        double width = notesWidth(g, lines, maxWidth, pixelScale, font);
        Rectangle2D box = new Rectangle2D.Double(x, bottom - height, width, height);
        if (wrapped.isEmpty()) {
            return box;
        }
        g.setColor(PAPER);
        g.fill(box);
        g.setColor(INK);
        g.setFont(noteFont);
        double cursor = bottom - height + pad + metrics.getAscent();
        for (String line : wrapped) {
            g.drawString(line, (float) (x + pad), (float) cursor);
            cursor += metrics.getHeight();
        }
        return box;
    }

    /**
     * Wraps lines to {@code maxWidth}: Latin words stay whole and break at spaces; Chinese text may break between
     * any two characters; a word wider than the line alone is the only thing cut.
     */
    static List<String> wrap(List<String> lines, FontMetrics metrics, double maxWidth) {
        List<String> wrapped = new ArrayList<>();
        for (String line : lines) {
            String rest = line;
            while (metrics.stringWidth(rest) > maxWidth && rest.length() > 1) {
                int fits = 1;
                while (fits < rest.length() && metrics.stringWidth(rest.substring(0, fits + 1)) <= maxWidth) {
                    fits++;
                }
                int cut = breakBefore(rest, fits);
                wrapped.add(rest.substring(0, cut).stripTrailing());
                rest = rest.substring(cut).stripLeading();
            }
            if (!rest.isEmpty()) {
                wrapped.add(rest);
            }
        }
        return wrapped;
    }

    /** Where to break a line whose first {@code fits} characters fit: not inside a Latin word or number if avoidable. */
    private static int breakBefore(String text, int fits) {
        for (int i = fits; i > 0; i--) {
            char before = text.charAt(i - 1);
            char after = text.charAt(i);
            if (!(latin(before) && latin(after))) {
                return i;
            }
        }
        return fits;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && !Character.isWhitespace(c) && "（(；;，,、".indexOf(c) < 0;
    }

    private static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }
}
