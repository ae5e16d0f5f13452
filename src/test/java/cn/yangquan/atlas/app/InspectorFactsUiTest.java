package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MapView;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The inspector in the real window: whose each figure is, its year or 未写年份, its quote and section, in the UI's language. */
class InspectorFactsUiTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;

    private void launch(String language) throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        app = AtlasUi.launch(() -> new AtlasApplication(paths, language));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
                && app.window().mapView().completedRendersProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    /** Clicks inside the township and waits until the map has selected it. */
    private String inspect(String code) throws Exception {
        MapView map = app.window().mapView();
        var anchor = app.currentMap().join().feature(code).orElseThrow().geometry().getInteriorPoint();
        var screen = map.viewportProperty().get().toScreen(anchor.getX(), anchor.getY());
        Point2D point = map.localToScreen(screen.getX(), screen.getY() + 18);
        robot.clickOn(point, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> code.equals(map.selectedCodeProperty().get()));
        WaitForAsyncUtils.waitForFxEvents();
        return app.window().inspector().text();
    }

    @Test
    void chakouShowsItsFiguresUnderWhoseTheyAreWithYearsAndCitations() throws Exception {
        launch("zh");
        String text = inspect("140321201");
        assertThat(text).contains("蔬菜产业集聚区（整体）的目标（不是本乡镇的）：",
                "大棚蔬菜种植规模：1 万亩（未写年份）",
                "“逐步形成万亩大棚蔬菜种植规模” — 第二章第五节 蔬菜产业集聚区",
                "全市的目标（不是本乡镇的）：", "设施蔬菜总面积：1.5 万亩（2025年）",
                "品牌产品：西南舁苹果、甘泉井西红柿（本乡镇）", "重点旅游村：甘泉井村");
        assertThat(text).doesNotContain("本乡镇的目标：").doesNotContain(" / The ");
    }

    @Test
    void inEnglishReadingsAreEnglishOnlyAndNoYearIsSaid() throws Exception {
        launch("en");
        String text = inspect("140311200");
        assertThat(text).contains("(no year given)", "Targets of the city (not this township’s own):", "[relative target]",
                "13th Five-Year achievements");
        text.lines().filter(line -> line.contains("not plan text)"))
                .forEach(line -> assertThat(line).doesNotContainPattern("\\p{IsHan}"));
    }

    @Test
    void aPlanLayersReadingsAreItsTooltipInTheLayerTree() throws Exception {
        launch("zh");
        var query = new cn.yangquan.atlas.model.register.RegisterQuery(app.currentMap().register());
        var tree = app.window().layerTree().tree();
        var item = WaitForAsyncUtils.asyncFx(() -> {
            for (int row = 0; row < tree.getExpandedItemCount(); row++) {
                var node = tree.getTreeItem(row).getValue();
                if (node.layerId() != null && !query.layerReadings(node.layerId(), false).isEmpty()) {
                    tree.scrollTo(row);
                    return node;
                }
            }
            return null;
        }).get(10, TimeUnit.SECONDS);
        assertThat(item).isNotNull();
        WaitForAsyncUtils.waitForFxEvents();
        var cell = robot.lookup(".tree-cell").queryAllAs(javafx.scene.control.TreeCell.class).stream()
                .filter(c -> item.equals(c.getItem())).findFirst().orElseThrow();
        assertThat(cell.getTooltip()).isNotNull();
        assertThat(cell.getTooltip().getText()).contains(query.layerReadings(item.layerId(), false).get(0));
    }
}
