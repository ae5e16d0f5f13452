package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MainWindow;
import cn.yangquan.atlas.ui.MapView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The user paths through the real window (headless Monocle in CI). Screenshots go to target/screenshots/. */
class AtlasWindowUiTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;
    private AtlasPaths paths;

    @BeforeEach
    void open() throws Exception {
        paths = TestData.paths(temp);
        launch(paths, "zh");
    }

    private void launch(AtlasPaths atlasPaths, String language) throws Exception {
        app = AtlasUi.launch(() -> new AtlasApplication(atlasPaths, language));
        waitForRender();
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    private MainWindow window() {
        return app.window();
    }

    private MapView map() {
        return window().mapView();
    }

    /** Waits until a repaint after the current moment has finished (all layer images in). */
    private void waitForRender() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
                && app.window().mapView().completedRendersProperty().get() > 0);
        int seen = map().completedRendersProperty().get();
        // A repaint may still be scheduled (gestures debounce); give it its delay, then wait for it if it started.
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map().completedRendersProperty().get() >= seen);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage snapshot(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> node.snapshot(null, null)).get(10, TimeUnit.SECONDS);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }

    /** A point inside the township on screen, a little below its label and markers. */
    private Point2D screenPointOf(String registerCode) {
        Viewport viewport = map().viewportProperty().get();
        var township = app.currentMap().join().feature(registerCode).orElseThrow();
        var anchor = township.geometry().getInteriorPoint();
        var screen = viewport.toScreen(anchor.getX(), anchor.getY());
        return map().localToScreen(screen.getX(), screen.getY() + 18);
    }

    @Test
    void theWindowOpensOnTheWholeCityWithThePlanLayersAndTheSchematicNote() throws Exception {
        screenshot("01-city");
        assertThat(((Stage) window().getScene().getWindow()).getTitle()).isEqualTo("阳泉农业农村规划图览");
        TreeView<?> tree = window().layerTree().tree();
        List<String> groups = new ArrayList<>();
        tree.getRoot().getChildren().forEach(item -> groups.add(item.getValue().toString()));
        assertThat(groups).contains("三大功能农业圈", "八大现代农业集聚区", "六大“特”“优”产业", "底图");
        assertThat(window().legend().entries()).contains("粮食生产集聚区", "杂粮新品产业", "都市现代农业圈");
        assertThat(robot.lookup("#status-schematic").queryAs(Label.class).getText()).contains("示意");
        Viewport viewport = map().viewportProperty().get();
        assertThat(viewport.extent().contains(app.currentMap().extent())).isTrue();
    }

    @Test
    void togglingAZoneLayerChangesThePixelsOverItsTownshipsAndNothingElse() throws Exception {
        WritableImage before = snapshot(map());
        robot.clickOn(robot.from(treeCell("粮食生产集聚区")).lookup(".check-box").queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().layers().visibleProperty("zone-grain").get()).isFalse();
        WritableImage after = snapshot(map());
        screenshot("02-zone-grain-off");

        Viewport viewport = map().viewportProperty().get();
        MapLayer zone = app.currentMap().layer("zone-grain").orElseThrow();
        var changed = cn.yangquan.atlas.testing.ChangedPixels.between(SwingFXUtils.fromFXImage(before, null),
                SwingFXUtils.fromFXImage(after, null), zone, viewport);
        assertThat(changed.inside()).isGreaterThan(500);
        assertThat(changed.outside()).isZero();
        assertThat(window().legend().entries()).doesNotContain("粮食生产集聚区");
    }

    @Test
    void clickingXinanyiOnTheMapShowsItsIndustriesAndZonesWithCitations() throws Exception {
        robot.clickOn(screenPointOf("140311200"), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().selectedCodeProperty().get()).isEqualTo("140311200");
        String text = window().inspector().text();
        assertThat(text).contains("西南舁乡", "140311200", "郊区", "km²");
        assertThat(text).contains("林果产业集聚区", "果蔬制品产业", "杂粮新品产业", "畜产品产业");
        assertThat(text).contains("第二章第四节", "“郊区西南舁乡");
        assertThat(text).contains("解读");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("03-inspect-xinanyi");
    }

    @Test
    void aPinyinSearchSelectsAndZoomsToTheTownship() throws Exception {
        double before = map().viewportProperty().get().metresPerPixel();
        robot.clickOn("#search").write("xny").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().selectedCodeProperty().get()).isEqualTo("140311200");
        assertThat(map().viewportProperty().get().metresPerPixel()).isLessThan(before / 2);
        assertThat(window().inspector().text()).startsWith("西南舁乡");
        waitForRender();
        screenshot("04-search-xny");
    }

    @Test
    void keyboardZoomChangesTheScaleAndHomeRestoresTheCity() throws Exception {
        Label scale = robot.lookup("#status-scale").queryAs(Label.class);
        String before = scale.getText();
        double resolution = map().viewportProperty().get().metresPerPixel();
        WaitForAsyncUtils.asyncFx(() -> map().requestFocus()).get();
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().viewportProperty().get().metresPerPixel()).isCloseTo(resolution / 1.5, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scale.getText()).isNotEqualTo(before);
        robot.type(KeyCode.LEFT);
        robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().viewportProperty().get().metresPerPixel()).isCloseTo(resolution, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(scale.getText()).isEqualTo(before);
    }

    @Test
    void layerStateIsSavedToTheProjectAndRestoredOnTheNextStart() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window().layers().visibleProperty("circle-special").set(false);
            window().layers().opacityProperty("zone-fruit").set(0.35);
            window().layers().moveAbove("zone-grain", "zone-functional-food");
            map().zoomBy(2);
        }).get();
        var extentBefore = map().viewportProperty().get().extent();
        WaitForAsyncUtils.asyncFx(() -> app.save()).get();
        close();
        launch(paths, "zh");
        assertThat(window().layers().visibleProperty("circle-special").get()).isFalse();
        assertThat(window().layers().opacityProperty("zone-fruit").get()).isEqualTo(0.35);
        List<String> order = window().layers().order();
        assertThat(order.indexOf("zone-grain")).isEqualTo(order.indexOf("zone-functional-food") + 1);
        var extentAfter = map().viewportProperty().get().extent();
        assertThat(extentAfter.centre().distance(extentBefore.centre())).isLessThan(extentBefore.getWidth() * 0.1);
    }

    @Test
    void theContextMenuMovesALayerUpInDrawingOrder() throws Exception {
        List<String> before = List.copyOf(window().layers().order());
        // Monocle synthesises no context-menu event from a right click, so the menu's item is fired directly.
        var cell = (javafx.scene.control.TreeCell<?>) treeCell("林果产业集聚区");
        var moveUp = cell.getContextMenu().getItems().stream().filter(i -> i.getText().equals("上移一层")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(moveUp::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        List<String> after = window().layers().order();
        assertThat(after.indexOf("zone-fruit")).isEqualTo(before.indexOf("zone-fruit") + 1);
        var stacked = robot.lookup("#layer-zone-fruit").query().getParent().getChildrenUnmodifiable();
        assertThat(stacked.indexOf(robot.lookup("#layer-zone-fruit").query()))
                .isEqualTo(stacked.indexOf(robot.lookup("#layer-" + before.get(before.indexOf("zone-fruit") + 1)).query()) + 1);
    }

    @Test
    void f5PresentsTheViewsFullScreenPageDownStepsAndEscLeaves() throws Exception {
        var views = window().viewsPanel().views();
        robot.clickOn("#map");
        robot.push(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        var presentation = window().presentation();
        assertThat(presentation).isNotNull();
        assertThat(presentation.stage().isShowing()).isTrue();
        assertThat(presentation.stage().isFullScreen()).isTrue();
        assertThat(presentation.title()).isEqualTo(views.get(0).title());
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.indexProperty().get()).isEqualTo(2);
        assertThat(presentation.title()).isEqualTo(views.get(2).title());
        robot.push(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.indexProperty().get()).isEqualTo(1);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> presentation.mapView().completedRendersProperty().get() > 0);
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SCREENSHOTS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> presentation.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve("06-presentation.png").toFile());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(presentation.stage().isShowing()).isFalse();
    }

    @Test
    void aViewAddedFromTheMapIsSavedInTheProjectAndShownAgain() throws Exception {
        int before = window().viewsPanel().views().size();
        WaitForAsyncUtils.asyncFx(() -> {
            window().viewsPanel().setTitlePrompt(initial -> "季度会议：西南舁");
            window().layers().visibleProperty("circle-special").set(false);
            map().selectedCodeProperty().set("140311200");
            map().zoomToSelection();
        }).get();
        javafx.scene.control.TabPane tabs = robot.lookup("#left-tabs").queryAs(javafx.scene.control.TabPane.class);
        robot.clickOn(robot.from(tabs).lookup(".tab").nth(1).queryAs(Node.class));
        robot.clickOn("#views-add");
        WaitForAsyncUtils.waitForFxEvents();
        var views = window().viewsPanel().views();
        assertThat(views).hasSize(before + 1);
        var added = views.stream().filter(v -> v.title().equals("季度会议：西南舁")).findFirst().orElseThrow();
        assertThat(added.selectedTownship()).isEqualTo("140311200");
        WaitForAsyncUtils.asyncFx(() -> {
            map().home();
            window().layers().visibleProperty("circle-special").set(true);
            map().selectedCodeProperty().set(null);
            window().viewsPanel().list().getSelectionModel().select(added);
        }).get();
        robot.clickOn("#views-delete");
        robot.clickOn("#views-add");
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> app.save()).get();
        close();
        launch(paths, "zh");
        var restored = window().viewsPanel().views();
        assertThat(restored).hasSize(before + 1);
        var again = restored.stream().filter(v -> v.title().equals("季度会议：西南舁")).findFirst().orElseThrow();
        WaitForAsyncUtils.asyncFx(() -> window().applyView(again)).get();
        assertThat(window().layers().visibleProperty("circle-special").get()).isTrue();
        assertThat(map().selectedCodeProperty().get()).isNull();
    }

    @Test
    void theIndicatorTablesFilterByAttribute() throws Exception {
        var view = WaitForAsyncUtils.asyncFx(() -> window().showIndicators()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.table().getItems()).hasSize(48);
        WaitForAsyncUtils.asyncFx(() -> view.attributeFilter().setValue("约束性")).get();
        assertThat(view.table().getItems()).isNotEmpty().allSatisfy(row -> assertThat(row.attribute()).isEqualTo("约束性"));
        assertThat(view.table().getItems().size()).isLessThan(48);
    }

    @Test
    void englishWithLangEn() throws Exception {
        close();
        launch(paths, "en");
        assertThat(((Stage) window().getScene().getWindow()).getTitle()).isEqualTo("Yangquan Plan Atlas");
        assertThat(window().legend().entries()).contains("Grain production zone");
        screenshot("05-english");
    }

    @Test
    void aMissingBoundaryDirectoryOpensTheWindowWithAWarning() throws Exception {
        close();
        AtlasPaths missing = new AtlasPaths(temp.resolve("no-boundaries"), paths.data(), paths.maps(), paths.project(), paths.planText());
        app = AtlasUi.launch(() -> new AtlasApplication(missing, "zh"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().warnings()).anySatisfy(w -> assertThat(w).contains("no-boundaries"));
        assertThat(robot.lookup("#toolbar-warnings").queryButton().getText()).doesNotContain(" 0");
    }

    /** The visible tree cell of a layer, scrolled into view. */
    private Node treeCell(String title) throws Exception {
        TreeView<?> tree = window().layerTree().tree();
        TreeItem<?> item = findTreeItem(tree.getRoot(), title);
        assertThat(item).as(title).isNotNull();
        WaitForAsyncUtils.asyncFx(() -> tree.scrollTo(tree.getRow((TreeItem) item))).get();
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".tree-cell").match(cell -> cell instanceof javafx.scene.control.TreeCell<?> c
                && c.getTreeItem() == item).query();
    }

    private static TreeItem<?> findTreeItem(TreeItem<?> root, String title) {
        for (TreeItem<?> child : root.getChildren()) {
            if (child.getValue().toString().equals(title)) {
                return child;
            }
            TreeItem<?> found = findTreeItem(child, title);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
