package cn.yangquan.atlas.render;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.MapNotes;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.Viewport;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Names at city scale: the townships the plan names are labelled, never over a symbol nor across the frame. */
class LabelPlacementTest {
    @TempDir
    static Path temp;

    private static RenderFixture fixture;

    @BeforeAll
    static void load() throws Exception {
        fixture = new RenderFixture(temp);
    }

    private List<MapRenderer.PlacedLabel> cityLabels(int width, int height) {
        MapComposition composition = new MapComposition(fixture.layers(), fixture.allVisible());
        List<String> notes = MapNotes.compact(Messages.forLanguage("zh"), fixture.loaded.map().boundaries(), List.of());
        Viewport viewport = new MapComposer(fixture.renderer).fit(fixture.loaded.map().extent(), width, height, 1.0, notes);
        MapLayer labels = fixture.loaded.map().layer(PlanMapBuilder.LABELS).orElseThrow();
        return fixture.renderer.placeLabels(labels, viewport, 1.0, composition.symbolLayers());
    }

    @Test
    void theCityAtWindowSizesLabelsTheTownshipsTheIssueFoundUnnamed() {
        for (int[] size : new int[][] {{620, 715}, {700, 760}, {740, 780}, {760, 820}, {820, 700}, {1000, 800}, {1920, 1080}}) {
            assertThat(cityLabels(size[0], size[1])).as(size[0] + "x" + size[1]).extracting(MapRenderer.PlacedLabel::text)
                    .contains("孙家庄镇", "平坦镇", "李家庄乡", "义井镇", "石门口乡");
        }
    }

    @Test
    void noNameCoversASymbolOrCrossesTheFrame() {
        MapComposition composition = new MapComposition(fixture.layers(), fixture.allVisible());
        List<String> notes = MapNotes.compact(Messages.forLanguage("zh"), fixture.loaded.map().boundaries(), List.of());
        Viewport viewport = new MapComposer(fixture.renderer).fit(fixture.loaded.map().extent(), 740, 780, 1.0, notes);
        List<MapRenderer.PlacedLabel> placed = cityLabels(740, 780);
        Rectangle2D frame = new Rectangle2D.Double(0, 0, 740, 780);
        for (MapRenderer.PlacedLabel label : placed) {
            assertThat(frame.contains(label.box())).as(label.text()).isTrue();
            for (MapLayer symbols : composition.symbolLayers()) {
                for (Feature feature : symbols.features().features()) {
                    var point = feature.geometry().getInteriorPoint();
                    var screen = viewport.toScreen(point.getX(), point.getY());
                    var offset = symbols.kind() == MapLayer.Kind.MARKER ? MapRenderer.markerOffset(symbols.markerSlot(),
                            symbols.style().symbolSize(), 1.0, fixture.renderer.font().getSize2D()) : new java.awt.geom.Point2D.Double();
                    double size = symbols.style().symbolSize();
                    var symbol = new Rectangle2D.Double(screen.getX() + offset.getX() - size / 2,
                            screen.getY() + offset.getY() - size / 2, size, size);
                    assertThat(label.box().intersects(symbol)).as(label.text() + " over " + symbols.id()).isFalse();
                }
            }
        }
    }
}
