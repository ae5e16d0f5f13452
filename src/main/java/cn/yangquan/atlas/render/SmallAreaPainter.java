package cn.yangquan.atlas.render;

import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.style.Dash;
import cn.yangquan.atlas.model.style.LayerStyle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.impl.PackedCoordinateSequence;

/**
 * Draws areas a few pixels across straight into an image as the coverage their antialiased fill and outline have,
 * instead of two passes each through Java2D's rasteriser: at a city-wide view most parcels are such areas, and at
 * that size what the eye sees of their true rendering is how much fill and how much outline ink each pixel gets.
 *
 * <p>The rule: an area whose screen envelope is under {@link #MAX_PIXELS} pixels in width and in height, in a layer
 * with a solid outline at most {@link #MAX_STROKE_PIXELS} pixels wide (or none) and no hatch. Its fill is its area,
 * spread over its envelope. Its outline ink is the area its outline covers ({@link #ink}), spread over the ring
 * between the envelope grown by half the outline width and the envelope shrunk by as much, where the outline runs.
 * Each pixel takes the share of those boxes it overlaps, at most a whole pixel; then the fill and then the outline
 * are composited into it as Java2D composites them (source over, premultiplied), area after area in drawing order,
 * so later areas still cover earlier ones. Within one area the outline and fill are not placed exactly, so its few
 * pixels come out smoothed; the mean colour of the map, over the whole image and over every 16 × 16 block, stays
 * within the tolerances {@code SmallAreaPainterTest} pins against Java2D's own rendering (where small areas pile on
 * each other, the spread ink covers a little more than the true outlines do).
 *
 * <p>Writes the image's pixels directly, so it is only for a {@link BufferedImage#TYPE_INT_ARGB_PRE} image drawn with
 * an identity transform and no clip. Not thread-safe: one per image or band.
 */
final class SmallAreaPainter {
    /** Areas under this many pixels in width and in height are drawn by coverage. */
    static final double MAX_PIXELS = 3;
    /** Wider outlines spread further than half their width past the envelope, at its corners. */
    static final double MAX_STROKE_PIXELS = 1.5;
    /** Most cells of the grown envelope along a side. */
    private static final int GRID = (int) (MAX_PIXELS + MAX_STROKE_PIXELS) + 2;

    private final int[] pixels;
    private final int width;
    private final int height;
    private final double scale;
    private final double offsetX;
    private final double offsetY;
    private final float[] fill;
    private final float[] stroke;
    private final double strokeWidth;
    /** Per column and per row of the grid: the share of the fill box and of the ink box it overlaps. */
    private final float[] fillColumns = new float[GRID];
    private final float[] fillRows = new float[GRID];
    private final float[] inkColumns = new float[GRID];
    private final float[] inkRows = new float[GRID];
    private final float[] innerColumns = new float[GRID];
    private final float[] innerRows = new float[GRID];
    private double twiceArea;
    private double perimeter;

    /**
     * @param image      the {@link BufferedImage#TYPE_INT_ARGB_PRE} image (or band of one) to draw into
     * @param viewport   the whole image's viewport
     * @param top        the image's first row within the viewport (0, or a band's offset)
     * @param style      the layer's style; see {@link #applies}
     * @param pixelScale multiplies the outline width
     * @throws IllegalArgumentException if the image is not premultiplied ARGB
     */
    SmallAreaPainter(BufferedImage image, Viewport viewport, int top, LayerStyle style, double pixelScale) {
        if (image.getType() != BufferedImage.TYPE_INT_ARGB_PRE) {
            throw new IllegalArgumentException("coverage drawing needs a premultiplied ARGB image");
        }
        pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        width = image.getWidth();
        height = image.getHeight();
        scale = 1 / viewport.metresPerPixel();
        offsetX = viewport.width() / 2.0 - viewport.centerX() * scale;
        // Whole pixels off the viewport's own offset: a band places an area where one pass over the image would.
        offsetY = viewport.height() / 2.0 + viewport.centerY() * scale - top;
        fill = premultiplied(style.fill());
        boolean outlined = style.stroke() != null && style.strokeWidth() > 0;
        stroke = outlined ? premultiplied(style.stroke()) : null;
        strokeWidth = outlined ? style.strokeWidth() * pixelScale : 0;
    }

    /** Whether a layer of this style may be drawn by coverage: no hatch, and a solid, thin outline or none. */
    static boolean applies(LayerStyle style, double pixelScale) {
        return !style.hasHatch() && style.dash() == Dash.SOLID && style.strokeWidth() * pixelScale <= MAX_STROKE_PIXELS;
    }

    /**
     * Draws the area if it is small enough.
     *
     * @param geometry a polygon or multipolygon (anything else is left to the caller)
     * @return whether it was drawn (or lies wholly outside the image); false leaves it to the caller
     */
    boolean paint(Geometry geometry) {
        if (!(geometry instanceof Polygon) && !(geometry instanceof MultiPolygon) || geometry.isEmpty()) {
            return false;
        }
        Envelope envelope = geometry.getEnvelopeInternal();
        double left = envelope.getMinX() * scale + offsetX;
        double right = envelope.getMaxX() * scale + offsetX;
        double upper = offsetY - envelope.getMaxY() * scale;
        double lower = offsetY - envelope.getMinY() * scale;
        if (right - left >= MAX_PIXELS || lower - upper >= MAX_PIXELS) {
            return false;
        }
        double half = strokeWidth / 2;
        int gridX = floor(left - half);
        int gridY = floor(upper - half);
        if (gridX >= width || gridY >= height || right + half <= 0 || lower + half <= 0) {
            return true;
        }
        measure(geometry);
        double surface = twiceArea / 2 * scale * scale;
        double outline = perimeter * scale;
        int columns = floor(right + half) - gridX + 1;
        int rows = floor(lower + half) - gridY + 1;
        shares(fillColumns, columns, left - gridX, right - gridX);
        shares(fillRows, rows, upper - gridY, lower - gridY);
        shares(inkColumns, columns, left - half - gridX, right + half - gridX);
        shares(inkRows, rows, upper - half - gridY, lower + half - gridY);
        float fillAmount = fill == null ? 0 : (float) surface;
        float inkAmount = stroke == null ? 0 : (float) ink(surface, outline, right - left, lower - upper, half);
        // The ink lies between the grown envelope and the envelope shrunk by as much, where the outline runs.
        double grownArea = (right - left + 2 * half) * (lower - upper + 2 * half);
        double innerWidth = right - left - 2 * half;
        double innerHeight = lower - upper - 2 * half;
        double innerArea = innerWidth > 0 && innerHeight > 0 ? innerWidth * innerHeight : 0;
        if (innerArea > 0) {
            shares(innerColumns, columns, left + half - gridX, right - half - gridX);
            shares(innerRows, rows, upper + half - gridY, lower - half - gridY);
        }
        float grownInk = (float) (inkAmount * grownArea / (grownArea - innerArea));
        float innerInk = (float) (inkAmount * innerArea / (grownArea - innerArea));
        for (int row = Math.max(0, -gridY); row < rows && gridY + row < height; row++) {
            int target = (gridY + row) * width + gridX;
            float fillRow = fillAmount * fillRows[row];
            float inkRow = grownInk * inkRows[row];
            float innerRow = innerArea > 0 ? innerInk * innerRows[row] : 0;
            for (int column = Math.max(0, -gridX); column < columns && gridX + column < width; column++) {
                float covered = Math.min(1f, fillRow * fillColumns[column]);
                float inked = Math.min(1f, inkRow * inkColumns[column] - innerRow * innerColumns[column]);
                if (covered > 0 || inked > 0) {
                    pixels[target + column] = over(pixels[target + column], covered, inked);
                }
            }
        }
        return true;
    }

    /**
     * The outline's area in square pixels: the area grown by half the outline width less the area shrunk by as much,
     * by Steiner's formula for a convex area; the grown area is held within the grown envelope, since dents narrower
     * than the outline fill up.
     */
    private double ink(double surface, double outline, double boxWidth, double boxHeight, double half) {
        double round = Math.PI * half * half;
        double box = boxWidth * boxHeight;
        double fullness = box > 0 ? Math.max(Math.PI / 4, Math.min(1, surface / box)) : 1;
        double grown = Math.min(surface + outline * half + round,
                fullness * (boxWidth + 2 * half) * (boxHeight + 2 * half));
        double shrunk = Math.max(0, surface - outline * half + round);
        return Math.max(0, grown - shrunk);
    }

    /** Sets {@link #twiceArea} (shells less holes) and {@link #perimeter} (every ring) in map units. */
    private void measure(Geometry geometry) {
        twiceArea = 0;
        perimeter = 0;
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) geometry.getGeometryN(i);
            twiceArea += Math.abs(addRing(polygon.getExteriorRing().getCoordinateSequence()));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                twiceArea -= Math.abs(addRing(polygon.getInteriorRingN(h).getCoordinateSequence()));
            }
        }
        twiceArea = Math.max(0, twiceArea);
    }

    /** Adds the ring's length to {@link #perimeter}; returns twice its signed area (shoelace, about its first vertex). */
    private double addRing(CoordinateSequence sequence) {
        int count = sequence.size();
        if (count < 2) {
            return 0;
        }
        // The layers read here hold packed sequences; their array is read in place, without a call per ordinate.
        double[] packed = sequence instanceof PackedCoordinateSequence.Double p ? p.getRawCoordinates() : null;
        int dimension = sequence.getDimension();
        double originX = sequence.getX(0);
        double originY = sequence.getY(0);
        double lastX = 0;
        double lastY = 0;
        double area = 0;
        double length = 0;
        for (int i = 1; i < count; i++) {
            double x = (packed != null ? packed[i * dimension] : sequence.getX(i)) - originX;
            double y = (packed != null ? packed[i * dimension + 1] : sequence.getY(i)) - originY;
            area += lastX * y - x * lastY;
            double dx = x - lastX;
            double dy = y - lastY;
            length += Math.sqrt(dx * dx + dy * dy);
            lastX = x;
            lastY = y;
        }
        perimeter += length;
        return area;
    }

    /**
     * Puts in {@code shares[0..cells)} the fraction of the span [from, to) (grid units) each cell overlaps; a span of
     * no width falls wholly in its cell.
     */
    private static void shares(float[] shares, int cells, double from, double to) {
        double span = to - from;
        for (int cell = 0; cell < cells; cell++) {
            double overlap = Math.min(cell + 1, to) - Math.max(cell, from);
            shares[cell] = span > 1e-9 ? (float) (Math.max(0, overlap) / span) : (cell == floor(from) ? 1f : 0f);
        }
    }

    /**
     * The fill at coverage {@code covered}, then the outline at {@code inked}, each source-over, onto a premultiplied
     * pixel, in one step.
     */
    private int over(int pixel, float covered, float inked) {
        float a = pixel >>> 24;
        float r = pixel >> 16 & 0xFF;
        float g = pixel >> 8 & 0xFF;
        float b = pixel & 0xFF;
        if (covered > 0) {
            float keep = 1 - fill[0] * covered / 255f;
            a = fill[0] * covered + a * keep;
            r = fill[1] * covered + r * keep;
            g = fill[2] * covered + g * keep;
            b = fill[3] * covered + b * keep;
        }
        if (inked > 0) {
            float keep = 1 - stroke[0] * inked / 255f;
            a = stroke[0] * inked + a * keep;
            r = stroke[1] * inked + r * keep;
            g = stroke[2] * inked + g * keep;
            b = stroke[3] * inked + b * keep;
        }
        return (int) (a + 0.5f) << 24 | (int) (r + 0.5f) << 16 | (int) (g + 0.5f) << 8 | (int) (b + 0.5f);
    }

    /** {@code Math.floor} for the small coordinates of a screen, without its checks for infinities. */
    private static int floor(double value) {
        int truncated = (int) value;
        return value < truncated ? truncated - 1 : truncated;
    }

    /** Alpha, red, green and blue (0–255), the colours premultiplied by alpha; null for no colour. */
    private static float[] premultiplied(Color colour) {
        if (colour == null) {
            return null;
        }
        float alpha = colour.getAlpha() / 255f;
        return new float[] {colour.getAlpha(), colour.getRed() * alpha, colour.getGreen() * alpha, colour.getBlue() * alpha};
    }
}
