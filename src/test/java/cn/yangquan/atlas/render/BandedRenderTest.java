package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.FeatureCollection;
import cn.yangquan.atlas.model.LayerState;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.model.style.LayerStyle;
import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

class BandedRenderTest {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    /** More parcels than {@link MapRenderer#BANDED_FEATURES}, of 5–125 m, over a 10 km square. */
    private static MapLayer largeLayer() {
        Random random = new Random(7);
        List<Feature> parcels = new ArrayList<>();
        for (int i = 0; i < MapRenderer.BANDED_FEATURES + 5_000; i++) {
            double x = random.nextDouble() * 10_000;
            double y = random.nextDouble() * 10_000;
            double size = 5 + random.nextDouble() * 120;
            Coordinate[] ring = {new Coordinate(x, y), new Coordinate(x + size, y), new Coordinate(x + size * 0.7, y + size),
                    new Coordinate(x, y + size * 0.8), new Coordinate(x, y)};
            parcels.add(new Feature("p" + i, FACTORY.createPolygon(ring), Map.of()));
        }
        return new MapLayer("parcels", "parcels", "parcels", "user", MapLayer.Kind.AREA,
                new FeatureCollection("parcels", parcels),
                new LayerStyle(new Color(0xE3, 0xD2, 0x8C, 200), new Color(0x8A, 0x6D, 0x3B), 1f, null, null, null, 8f,
                        null, null, 0f, null), 0);
    }

    @Test
    void aLargeLayerDrawnInBandsIsTheSameAsDrawnInOnePass() {
        MapLayer layer = largeLayer();
        Viewport viewport = Viewport.fit(new Envelope(0, 10_000, 0, 10_000), 640, 517, 5);
        MapRenderer renderer = new MapRenderer(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

        // Four bands whatever the machine's cores, so that the comparison is made on one core too.
        BufferedImage banded = renderer.renderLayer(layer, viewport, 1.0, List.of(), () -> false, 4);
        BufferedImage single = renderer.renderLayer(layer, viewport, 1.0, List.of(), () -> false, 1);

        long differing = 0;
        for (int y = 0; y < banded.getHeight(); y++) {
            for (int x = 0; x < banded.getWidth(); x++) {
                if (banded.getRGB(x, y) != single.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).as("pixels that differ between banded and single-pass drawing").isZero();
    }

    /**
     * A map image (the render command's, a slide's) draws a large layer as the window does: the window's layer image
     * ({@link MapRenderer#renderLayer}, in bands, small areas by coverage) laid on at the layer's opacity, so what is
     * exported is what was on screen. The opacity applies to the layer as drawn, as in QGIS: overlapping features do
     * not darken each other.
     */
    @Test
    void aMapImageLaysOnALargeLayerAsTheWindowShowsIt() {
        MapLayer layer = largeLayer();
        Viewport viewport = Viewport.fit(new Envelope(0, 10_000, 0, 10_000), 640, 517, 5);
        MapRenderer renderer = new MapRenderer(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        MapComposition composition = new MapComposition(List.of(layer), List.of(new LayerState(layer.id(), true, 0.6)));
        BufferedImage map = new MapComposer(renderer).image(composition, viewport, List.of());
        BufferedImage window = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_RGB);
        var g = window.createGraphics();
        g.setColor(MapComposer.BACKGROUND);
        g.fillRect(0, 0, viewport.width(), viewport.height());
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
        g.drawImage(renderer.renderLayer(layer, viewport, () -> false), 0, 0, null);
        g.dispose();

        long differing = 0;
        long drawn = 0;
        for (int y = 0; y < viewport.height(); y++) {
            for (int x = 0; x < viewport.width(); x++) {
                // Furniture (scale bar, north arrow) is drawn only on the map image; its corners are left out.
                boolean furniture = y > viewport.height() - 60 && x < 220 || y < 70 && x > viewport.width() - 70;
                if (!furniture) {
                    drawn += window.getRGB(x, y) != MapComposer.BACKGROUND.getRGB() ? 1 : 0;
                    differing += map.getRGB(x, y) != window.getRGB(x, y) ? 1 : 0;
                }
            }
        }
        assertThat(drawn).as("pixels the parcels cover").isGreaterThan(100_000);
        assertThat(differing).as("pixels that differ from the window's layer image laid on").isZero();
    }
}
