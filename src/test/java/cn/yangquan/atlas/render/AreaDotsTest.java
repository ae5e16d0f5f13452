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
import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Painted onto a graphics (exports), areas smaller than a pixel are drawn as one dot in their outline colour; larger
 * ones as filled outlines. (Layer images draw small areas by coverage: {@link SmallAreaPainterTest}.)
 */
class AreaDotsTest {
    private static final Color FILL = new Color(0xE3, 0xD2, 0x8C);
    private static final Color OUTLINE = new Color(0x8A, 0x6D, 0x3B);
    private static final LayerStyle STYLE = new LayerStyle(FILL, OUTLINE, 1f, Dash.SOLID, Hatch.NONE, null, 8f,
            Symbol.NONE, null, 0f, null);
    private final GeometryFactory factory = new GeometryFactory();
    private final MapRenderer renderer = new MapRenderer(new Font(Font.SANS_SERIF, Font.PLAIN, 12));

    private Feature square(String id, double x, double y, double side) {
        return new Feature(id, factory.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + side, y),
                new Coordinate(x + side, y + side), new Coordinate(x, y + side), new Coordinate(x, y)}), Map.of());
    }

    private BufferedImage render(List<Feature> features, Viewport viewport) {
        MapLayer layer = new MapLayer("squares", "s", "s", "user", MapLayer.Kind.AREA,
                new FeatureCollection("squares", features), STYLE, 0);
        BufferedImage image = new BufferedImage(viewport.width(), viewport.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        var g = image.createGraphics();
        renderer.paintLayer(g, layer, viewport, 1.0, () -> false);
        g.dispose();
        return image;
    }

    private static int painted(BufferedImage image, Color color) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF) && image.getRGB(x, y) >>> 24 == 255) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void anAreaSmallerThanAPixelIsOneDotOfItsOutlineColour() {
        // 10 m a pixel: a 4 m square is a dot, a 300 m square a filled and outlined shape.
        Viewport viewport = new Viewport(500, 500, 10, 100, 100);
        BufferedImage image = render(List.of(square("dot", 100, 100, 4)), viewport);
        assertThat(painted(image, OUTLINE)).isEqualTo(1);
        assertThat(painted(image, FILL)).isZero();
        BufferedImage large = render(List.of(square("large", 300, 300, 300)), viewport);
        assertThat(painted(large, FILL)).isGreaterThan(700);
    }

    @Test
    void laterAreasAreDrawnOverEarlierOnes() {
        Viewport viewport = new Viewport(500, 500, 10, 100, 100);
        // The dot lies inside the large square: drawn after it, it shows; drawn before, the fill covers it.
        Feature large = square("a-large", 300, 300, 300);
        Feature dot = square("b-dot", 452, 452, 4);
        assertThat(painted(render(List.of(large, dot), viewport), OUTLINE)).isGreaterThan(
                painted(render(List.of(dot, large), viewport), OUTLINE));
    }
}
