package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.app.ViewCatalog;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.SavedView;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one legend rule: swatches show what the map shows, dashed lines stay dashed, a page lists what it shows. */
class LegendRuleTest {
    @TempDir
    static Path temp;

    private static RenderFixture fixture;

    @BeforeAll
    static void load() throws Exception {
        fixture = new RenderFixture(temp);
    }

    private static BufferedImage swatch(MapLayer layer, Color ground) {
        BufferedImage image = new BufferedImage(28, 16, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        Decorations.swatch(g, layer.kind(), layer.style(), new Rectangle2D.Double(0, 0, 28, 16), 1.0, ground);
        g.dispose();
        return image;
    }

    @Test
    void aTranslucentCircleSwatchShowsItsFillOverTheTownshipsAsTheMapDoes() {
        MapComposition composition = new MapComposition(fixture.layers(), fixture.allVisible());
        MapLayer mountain = fixture.loaded.map().layer("circle-mountain").orElseThrow();
        Color ground = composition.groundColour();
        assertThat(ground).isEqualTo(fixture.loaded.map().layer(PlanMapBuilder.TOWNSHIPS).orElseThrow().style().fill());
        Color fill = mountain.style().fill();
        double alpha = fill.getAlpha() / 255.0;
        int[] expected = {(int) Math.round(fill.getRed() * alpha + ground.getRed() * (1 - alpha)),
                (int) Math.round(fill.getGreen() * alpha + ground.getGreen() * (1 - alpha)),
                (int) Math.round(fill.getBlue() * alpha + ground.getBlue() * (1 - alpha))};
        Color centre = new Color(swatch(mountain, ground).getRGB(14, 8), true);
        assertThat(centre.getAlpha()).isEqualTo(255);
        assertThat(Math.abs(centre.getRed() - expected[0]) + Math.abs(centre.getGreen() - expected[1])
                + Math.abs(centre.getBlue() - expected[2])).isLessThanOrEqualTo(6);
    }

    @Test
    void dashedLinesAreDashedInTheirSwatches() {
        for (String id : List.of(PlanMapBuilder.COUNTIES, PlanMapBuilder.RAILWAYS)) {
            MapLayer layer = fixture.loaded.map().layer(id).orElseThrow();
            BufferedImage image = swatch(layer, null);
            int gaps = 0;
            boolean inked = false;
            for (int x = 1; x < 27; x++) {
                Color pixel = new Color(image.getRGB(x, 8), true);
                boolean now = pixel.getAlpha() > 128 && pixel.getRed() + pixel.getGreen() + pixel.getBlue() < 600;
                if (inked && !now) {
                    gaps++;
                }
                inked = now;
            }
            assertThat(gaps).as(id + ": gaps along the swatch's line").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aPageListsRailwaysAndRiversOnlyWhenItsFrameShowsThem() {
        ViewCatalog catalog = new ViewCatalog(fixture.loaded.map(), fixture.loaded.project(), Messages.forLanguage("zh"));
        PageLayout layout = new PageLayout(fixture.renderer);
        for (SavedView view : catalog.views()) {
            PageContent page = catalog.page(view);
            var frame = layout.mapViewport(page, 1123, 794, 1.0).extent();
            for (String id : List.of(PlanMapBuilder.RAILWAYS, PlanMapBuilder.RIVERS)) {
                MapLayer layer = fixture.loaded.map().layer(id).orElseThrow();
                boolean onPage = !layer.features().query(frame).isEmpty();
                assertThat(page.legendLayers(frame).contains(layer)).as(view.id() + " " + id).isEqualTo(onPage);
            }
        }
        // A page on a township far from any railway lists no railway, though the layer is shown.
        MapLayer railways = fixture.loaded.map().layer(PlanMapBuilder.RAILWAYS).orElseThrow();
        var quiet = fixture.loaded.map().layer(PlanMapBuilder.TOWNSHIPS).orElseThrow().features().features().stream()
                .map(f -> f.geometry().getEnvelopeInternal())
                .filter(e -> {
                    var around = new org.locationtech.jts.geom.Envelope(e);
                    around.expandBy(Math.max(e.getWidth(), e.getHeight()));
                    return railways.features().query(around).isEmpty();
                }).findFirst().orElseThrow();
        SavedView township = new SavedView("quiet", "quiet", "", quiet, fixture.allVisible(), null);
        PageContent page = catalog.page(township);
        var frame = layout.mapViewport(page, 1123, 794, 1.0).extent();
        assertThat(railways.features().query(frame)).isEmpty();
        assertThat(page.legendLayers(frame)).doesNotContain(railways).isNotEmpty();
    }
}
