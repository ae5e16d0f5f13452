package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.style.Dash;
import cn.yangquan.atlas.model.style.Hatch;
import cn.yangquan.atlas.model.style.LayerStyle;
import cn.yangquan.atlas.model.style.Symbol;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas a few pixels across, drawn by coverage into a layer image, keep the colour of Java2D's own antialiased
 * rendering. Each channel's mean, composited over white, in levels of 255: over the whole image within
 * {@link #MEAN_TOLERANCE} for parcels side by side (the map is neither darkened nor lightened) and within
 * {@link #OVERLAP_MEAN_TOLERANCE} where they pile on each other (spread ink covers a little more when many layers
 * overlap, about 7 levels darker here); over every 16 × 16 block within {@link #BLOCK_TOLERANCE}.
 */
class SmallAreaPainterTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final LayerStyle PARCELS = new LayerStyle(new Color(0xE3, 0xD2, 0x8C), new Color(0x8A, 0x6D, 0x3B), 1f,
            Dash.SOLID, Hatch.NONE, null, 8f, Symbol.NONE, null, 0f, null);
    /** Mean of a channel over the image, composited over white, in levels of 255. */
    private static final double MEAN_TOLERANCE = 3;
    /** As {@link #MEAN_TOLERANCE}, where small areas overlap each other two or three deep. */
    private static final double OVERLAP_MEAN_TOLERANCE = 8;
    /** Mean of a channel over any 16 × 16 block, composited over white, in levels of 255. */
    private static final double BLOCK_TOLERANCE = 12;
    /** 10 m a pixel over 4 × 3 km. */
    private static final Viewport VIEW = Viewport.fit(new Envelope(0, 4_000, 0, 3_000), 400, 300, 0);
    private final MapRenderer renderer = new MapRenderer(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    /** A star of 18–24 vertices around (x, y), as the benchmark's parcels, {@code radius} metres at most. */
    private static Feature star(String id, double x, double y, double radius, Random random) {
        int vertices = 18 + random.nextInt(7);
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring[i] = new Coordinate(x + r * Math.cos(angle), y + r * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return new Feature(id, FACTORY.createPolygon(ring), Map.of());
    }

    private static MapLayer layer(List<Feature> features, LayerStyle style) {
        return new MapLayer("parcels", "p", "p", "user", MapLayer.Kind.AREA, new FeatureCollection("parcels", features), style, 0);
    }

    /** Each area filled and outlined by Java2D, antialiased, every vertex kept: the rendering to match. */
    private static BufferedImage trueRendering(List<Feature> features, LayerStyle style) {
        BufferedImage image = new BufferedImage(VIEW.width(), VIEW.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setStroke(new BasicStroke(style.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Feature feature : features) {
            CoordinateSequence ring = ((Polygon) feature.geometry()).getExteriorRing().getCoordinateSequence();
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < ring.size() - 1; i++) {
                Point2D screen = VIEW.toScreen(ring.getX(i), ring.getY(i));
                if (i == 0) {
                    path.moveTo(screen.getX(), screen.getY());
                } else {
                    path.lineTo(screen.getX(), screen.getY());
                }
            }
            path.closePath();
            g.setColor(style.fill());
            g.fill(path);
            g.setColor(style.stroke());
            g.draw(path);
        }
        g.dispose();
        return image;
    }

    /** Channel {@code channel} (16 red, 8 green, 0 blue) of a premultiplied pixel composited over white. */
    private static double overWhite(int pixel, int channel) {
        return (pixel >> channel & 0xFF) + 255 - (pixel >>> 24);
    }

    /** The mean of each channel over the block, composited over white. */
    private static double[] mean(BufferedImage image, int x0, int y0, int width, int height) {
        double[] sums = new double[3];
        for (int y = y0; y < y0 + height; y++) {
            for (int x = x0; x < x0 + width; x++) {
                int pixel = image.getRaster().getDataBuffer().getElem(y * image.getWidth() + x);
                for (int c = 0; c < 3; c++) {
                    sums[c] += overWhite(pixel, 16 - 8 * c);
                }
            }
        }
        for (int c = 0; c < 3; c++) {
            sums[c] /= width * height;
        }
        return sums;
    }

    private static void assertSameColours(BufferedImage drawn, BufferedImage truth, double meanTolerance) {
        double[] whole = mean(drawn, 0, 0, drawn.getWidth(), drawn.getHeight());
        double[] wholeTruth = mean(truth, 0, 0, truth.getWidth(), truth.getHeight());
        for (int c = 0; c < 3; c++) {
            assertThat(whole[c]).as("mean of channel %d over the image", c).isCloseTo(wholeTruth[c],
                    Offset.offset(meanTolerance));
        }
        double worst = 0;
        for (int y = 0; y + 16 <= drawn.getHeight(); y += 16) {
            for (int x = 0; x + 16 <= drawn.getWidth(); x += 16) {
                double[] block = mean(drawn, x, y, 16, 16);
                double[] blockTruth = mean(truth, x, y, 16, 16);
                for (int c = 0; c < 3; c++) {
                    worst = Math.max(worst, Math.abs(block[c] - blockTruth[c]));
                }
            }
        }
        assertThat(worst).as("largest difference of a 16 × 16 block's mean channel").isLessThanOrEqualTo(BLOCK_TOLERANCE);
    }

    @Test
    void parcelsOfAFewPixelsSideBySideKeepTheColourOfTheirTrueRendering() {
        // One star to a cell of 25 m (2.5 px), 6–14 m across at most: 0.6–2.8 px, never overlapping, as the benchmark's.
        Random random = new Random(11);
        List<Feature> parcels = new ArrayList<>();
        for (double y = 12.5; y < 3_000; y += 25) {
            for (double x = 12.5; x < 4_000; x += 25) {
                parcels.add(star("p" + parcels.size(), x, y, 3 + random.nextDouble() * 11, random));
            }
        }
        BufferedImage drawn = renderer.renderLayer(layer(parcels, PARCELS), VIEW, 1.0, List.of(), () -> false, 1);
        assertSameColours(drawn, trueRendering(parcels, PARCELS), MEAN_TOLERANCE);
    }

    @Test
    void overlappingSmallParcelsKeepTheColourOfTheirTrueRendering() {
        // Twice as many stars as cells, anywhere: many overlap, drawn in order over each other.
        Random random = new Random(5);
        List<Feature> parcels = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            parcels.add(star("p" + i, random.nextDouble() * 4_000, random.nextDouble() * 3_000,
                    3 + random.nextDouble() * 11, random));
        }
        LayerStyle translucent = new LayerStyle(new Color(0x66, 0xAA, 0x33, 160), new Color(0x22, 0x44, 0x88), 1f,
                Dash.SOLID, Hatch.NONE, null, 8f, Symbol.NONE, null, 0f, null);
        BufferedImage drawn = renderer.renderLayer(layer(parcels, translucent), VIEW, 1.0, List.of(), () -> false, 1);
        assertSameColours(drawn, trueRendering(parcels, translucent), OVERLAP_MEAN_TOLERANCE);
    }

    @Test
    void aSmallAreaDrawnLaterCoversAnEarlierOneAndNotTheOtherWayRound() {
        Random random = new Random(3);
        Feature large = new Feature("large", FACTORY.toGeometry(new Envelope(1_000, 2_000, 1_000, 2_000)), Map.of());
        Feature small = star("small", 1_500, 1_500, 10, random);
        LayerStyle noOutline = new LayerStyle(new Color(0x20, 0x60, 0xC0), null, 0f, Dash.SOLID, Hatch.NONE, null, 8f,
                Symbol.NONE, null, 0f, null);
        LayerStyle outlined = new LayerStyle(new Color(0xE0, 0x30, 0x30), new Color(0x30, 0x30, 0x30), 1f, Dash.SOLID,
                Hatch.NONE, null, 8f, Symbol.NONE, null, 0f, null);
        // The same style for both: the small star's outline shows over the large fill only when drawn after it.
        Point2D centre = VIEW.toScreen(1_500, 1_500);
        int x = (int) centre.getX();
        int y = (int) centre.getY();
        int fill = outlined.fill().getRGB();
        assertThat(renderer.renderLayer(layer(List.of(large, small), outlined), VIEW, () -> false).getRGB(x, y)).isNotEqualTo(fill);
        assertThat(renderer.renderLayer(layer(List.of(small, large), outlined), VIEW, () -> false).getRGB(x, y)).isEqualTo(fill);
        // Without an outline, the small star's fill alone shows in the pixel at its centre.
        assertThat(renderer.renderLayer(layer(List.of(small), noOutline), VIEW, () -> false).getRGB(x, y) >>> 24)
                .isPositive();
    }

    @Test
    void areasOfThreePixelsOrMoreAndHatchedOrDashedLayersAreDrawnByJava2dAsInAnExport() {
        Random random = new Random(9);
        List<Feature> large = new ArrayList<>();
        List<Feature> small = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            double x = random.nextDouble() * 4_000;
            double y = random.nextDouble() * 3_000;
            large.add(star("l" + i, x, y, 30 + random.nextDouble() * 60, random));
            small.add(star("s" + i, x, y, 3 + random.nextDouble() * 10, random));
        }
        LayerStyle hatched = new LayerStyle(PARCELS.fill(), PARCELS.stroke(), 1f, Dash.SOLID, Hatch.DIAGONAL,
                Color.DARK_GRAY, 6f, Symbol.NONE, null, 0f, null);
        LayerStyle dashed = new LayerStyle(PARCELS.fill(), PARCELS.stroke(), 1f, Dash.DASHED, Hatch.NONE, null, 8f,
                Symbol.NONE, null, 0f, null);
        LayerStyle wide = new LayerStyle(PARCELS.fill(), PARCELS.stroke(), 2f, Dash.SOLID, Hatch.NONE, null, 8f,
                Symbol.NONE, null, 0f, null);
        assertThat(differing(layer(large, PARCELS))).as("areas of 3 px or more").isZero();
        assertThat(differing(layer(small, hatched))).as("hatched small areas").isZero();
        assertThat(differing(layer(small, dashed))).as("dashed small areas").isZero();
        assertThat(differing(layer(small, wide))).as("small areas with a 2 px outline").isZero();
        assertThat(differing(layer(small, PARCELS))).as("small areas, drawn by coverage").isPositive();
    }

    /** Pixels that differ between the layer image and the layer painted as for an export. */
    private long differing(MapLayer layer) {
        BufferedImage image = renderer.renderLayer(layer, VIEW, () -> false);
        BufferedImage painted = new BufferedImage(VIEW.width(), VIEW.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = painted.createGraphics();
        renderer.paintLayer(g, layer, VIEW, 1.0, () -> false);
        g.dispose();
        long count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) != painted.getRGB(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
