package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.ProjectStore;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.PlanMapBuilder;
import cn.yangquan.atlas.model.SavedView;
import cn.yangquan.atlas.model.Viewport;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.render.MapRenderer;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MainWindow;
import cn.yangquan.atlas.ui.MapSession;
import cn.yangquan.atlas.ui.MapView;
import cn.yangquan.atlas.ui.PresentationStage;
import cn.yangquan.atlas.ui.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The paths that failed for planners (meeting, kept work, clicks, menus), each through the real window on Monocle.
 * Waits are on the model's state (the map settled, a task done), never on time.
 */
class WindowPathsUiTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Path LAYERS = Path.of("src", "test", "resources", "layers");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;
    private AtlasPaths paths;

    @BeforeEach
    void open() throws Exception {
        paths = TestData.paths(temp);
        launch();
    }

    private void launch() throws Exception {
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh"));
        settle(() -> app.window() == null ? null : map());
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    private MainWindow window() {
        return app.window();
    }

    private MapSession session() {
        return window().session();
    }

    private MapView map() {
        return window().mapView();
    }

    /** Waits until the map view has drawn its current viewport completely. */
    private void settle(Callable<MapView> view) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.call() != null && view.call().settledProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(javafx.scene.Scene scene, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }

    private SavedView view(String id) {
        return session().views().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
    }

    private String code(String name) {
        return app.currentMap().register().townships().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow()
                .code();
    }

    private void addLayer(Path file) throws Exception {
        onFx(() -> app.addLayer(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.loading() != null && app.loading().isDone());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private PresentationStage presentFrom(SavedView view) throws Exception {
        onFx(() -> window().viewsPanel().list().getSelectionModel().select(view));
        // View > 演示, the menu item that F5 fires.
        MenuItem present = ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().get(1).getItems().stream()
                .filter(i -> i.getAccelerator() != null && i.getAccelerator().getName().equals("F5")).findFirst().orElseThrow();
        onFx(present::fire);
        PresentationStage presentation = window().presentation();
        settle(presentation::mapView);
        return presentation;
    }

    @Test
    void f5OnASelectedViewDrawsTheFirstSlideAtTheViewsExtent() throws Exception {
        SavedView fruit = view("view-zone-fruit");
        PresentationStage presentation = presentFrom(fruit);
        assertThat(presentation.title()).isEqualTo(fruit.title());
        Viewport slide = presentation.mapView().viewportProperty().get();
        assertThat(slide.width()).isEqualTo((int) presentation.mapView().getWidth());
        assertThat(slide.extent().contains(fruit.extent())).isTrue();
        // The view's extent fills the slide (less the furniture bands), instead of the whole city drawn small.
        double filled = Math.max(fruit.extent().getWidth() / slide.extent().getWidth(),
                fruit.extent().getHeight() / slide.extent().getHeight());
        assertThat(filled).isGreaterThan(0.6);
        assertThat(slide.extent().contains(app.currentMap().extent())).isFalse();
        screenshot(presentation.stage().getScene(), "10-first-slide-zone-fruit");
    }

    @Test
    void anAddedLayerStaysOffSlidesOfViewsThatDoNotNameItAndIsInTheLegendOfOneThatDoes() throws Exception {
        addLayer(LAYERS.resolve("townships-4547.shp"));
        assertThat(session().composition().drawn("user-1")).isTrue();
        PresentationStage presentation = presentFrom(view("city"));
        assertThat(robot.lookup("#presentation-map #layer-user-1").query().isVisible()).isFalse();
        assertThat(presentation.legendEntries()).doesNotContain("townships-4547.shp");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        onFx(() -> {
            session().applyView(view("city"));
            session().layers().visibleProperty("user-1").set(true);
            window().viewsPanel().setTitlePrompt(initial -> "含我的图层");
            robot.lookup("#left-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(1);
        });
        onFx(() -> robot.lookup("#views-add").queryButton().fire());
        SavedView withLayer = session().views().stream().filter(v -> v.title().equals("含我的图层")).findFirst().orElseThrow();
        presentation = presentFrom(withLayer);
        assertThat(robot.lookup("#presentation-map #layer-user-1").query().isVisible()).isTrue();
        assertThat(presentation.legendEntries()).contains("townships-4547.shp");
    }

    @Test
    void oneClickAppliesAViewAndAfterEscTheListAndTheMapShowTheViewPresentedLast() throws Exception {
        SavedView grain = view("view-zone-grain");
        robot.clickOn(robot.from(robot.lookup("#left-tabs").queryAs(Node.class)).lookup(".tab").nth(1).queryAs(Node.class));
        Node cell = robot.lookup("#views-list .list-cell").match(c -> c instanceof ListCell<?> l && l.getItem() == grain).query();
        robot.clickOn(cell, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().shownViewProperty().get()).isEqualTo(grain);
        assertThat(session().layers().visibleProperty("zone-fruit").get()).isFalse();
        assertThat(session().layers().visibleProperty("zone-grain").get()).isTrue();

        PresentationStage presentation = presentFrom(grain);
        robot.push(KeyCode.PAGE_DOWN);
        robot.push(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        SavedView last = session().views().get(presentation.indexProperty().get());
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().viewsPanel().list().getSelectionModel().getSelectedItem()).isEqualTo(last);
        assertThat(session().shownViewProperty().get()).isEqualTo(last);
        // Leaving full screen gives the window back its own size.
        assertThat(map().getWidth()).isGreaterThan(400);
        settle(this::map);
        assertThat(map().viewportProperty().get().extent().contains(last.extent())).isTrue();
    }

    @Test
    void anExportOfAViewIsTitledWithTheViewAndTheDialogProposesItsName() throws Exception {
        SavedView fruit = view("view-zone-fruit");
        onFx(() -> session().applyView(fruit));
        assertThat(session().captureView("current").title()).isEqualTo(fruit.title());
        assertThat(window().exportFileName()).isEqualTo(fruit.title().replaceAll("\\s+", "-") + ".png");
        Path file = temp.resolve("export.pdf");
        onFx(() -> app.exportCurrent(file));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> app.exporting() != null && app.exporting().isDone());
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.exporting().getException()).get()).isNull();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains(fruit.title()).doesNotContain(session().title());
        }
    }

    @Test
    void aZoneWithNothingToDrawSaysOnTheMapSlideAndPageThatThePlanNamesNoTownship() throws Exception {
        SavedView processing = view("view-zone-processing");
        onFx(() -> session().applyView(processing));
        assertThat(session().mapNotesProperty().get()).anySatisfy(note -> assertThat(note)
                .startsWith("农产品加工及循环产业集聚区").contains("规划未点名"));
        settle(this::map);
        screenshot(window().getScene(), "11-zone-processing-note");
        var page = new ViewCatalog(app.currentMap(), session().project(), session().messages()).page(processing);
        assertThat(page.notes()).anySatisfy(note -> assertThat(note).contains("规划未点名"));
        PresentationStage presentation = presentFrom(processing);
        screenshot(presentation.stage().getScene(), "12-slide-zone-processing");
        assertThat(presentation.mapView().settledProperty().get()).isTrue();
    }

    @Test
    void fileExitSavesTheProjectAsTheCloseButtonDoes() throws Exception {
        onFx(() -> session().layers().visibleProperty("circle-special").set(false));
        MenuItem exit = ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().get(0).getItems().stream()
                .filter(i -> "退出".equals(i.getText())).findFirst().orElseThrow();
        onFx(exit::fire);
        assertThat(window().getScene().getWindow().isShowing()).isFalse();
        var saved = new ProjectStore().read(paths.project());
        assertThat(saved.state("circle-special").orElseThrow().visible()).isFalse();
    }

    @Test
    void anAddedLayerIsKeptInTheProjectAndComesBackAfterARestartWithItsView() throws Exception {
        Path file = LAYERS.resolve("townships-4547.shp").toAbsolutePath();
        addLayer(file);
        onFx(() -> session().layers().opacityProperty("user-1").set(0.5));
        onFx(() -> app.save());
        var saved = new ProjectStore().read(paths.project());
        assertThat(saved.userLayers()).singleElement().satisfies(source -> {
            assertThat(source.layerId()).isEqualTo("user-1");
            assertThat(source.path()).isEqualTo(file.toString());
            assertThat(source.crs()).contains("4547");
        });
        close();
        launch();
        assertThat(app.currentMap().layer("user-1")).isPresent();
        assertThat(session().layers().opacityProperty("user-1").get()).isEqualTo(0.5);
        SavedView captured = session().captureView("with-user-layer");
        var page = new ViewCatalog(app.currentMap(), session().project(), session().messages()).page(captured);
        assertThat(page.composition().drawnLayers()).extracting(MapLayer::id).contains("user-1");
    }

    @Test
    void readingALayerAndRebuildingTheMapRunOffTheFxThroughTheTaskSeam() throws Exception {
        close();
        List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();
        TaskExecutor background = TaskExecutor.background();
        app = AtlasUi.launch(() -> {
            AtlasApplication recorded = new AtlasApplication(paths, "zh");
            recorded.tasks = new TaskExecutor() {
                @Override
                public <V> javafx.concurrent.Task<V> execute(javafx.concurrent.Task<V> task) {
                    javafx.concurrent.Task<V> watched = new javafx.concurrent.Task<>() {
                        @Override
                        protected V call() throws Exception {
                            threads.add((javafx.application.Platform.isFxApplicationThread() ? "fx:" : "")
                                    + Thread.currentThread().getName());
                            task.run();
                            return task.get();
                        }
                    };
                    background.execute(watched);
                    return task;
                }
            };
            return recorded;
        });
        settle(this::map);
        Path official = temp.resolve("official.geojson");
        Files.writeString(official, Files.readString(TestData.BOUNDARIES.resolve("townships.geojson"))
                .replace("\"approximate\":true", "\"approximate\":false"));
        addLayer(official);
        onFx(() -> app.useAsBoundaries("user-1"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.building() != null && app.building().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        // The search index, the layer file and the map on new boundaries: each built in a task, none on the FX thread.
        assertThat(threads).hasSizeGreaterThanOrEqualTo(3).allSatisfy(name -> assertThat(name).startsWith("atlas-task-"));
        assertThat(app.currentMap().boundaries().schematic()).isFalse();
    }

    @Test
    void clickingNextToTheYijingLabelAtCityScaleSelectsYijing() throws Exception {
        onFx(() -> map().home());
        settle(this::map);
        Viewport viewport = map().viewportProperty().get();
        MapRenderer renderer = new MapRenderer(FontResolver.mapFont(MapRenderer.labelTexts(app.currentMap().layers()),
                RenderCommand.LABEL_FONT_SIZE));
        var composition = session().composition();
        var label = renderer.placeLabels(app.currentMap().layer(PlanMapBuilder.LABELS).orElseThrow(), viewport, 1.0,
                composition.symbolLayers()).stream().filter(l -> l.text().equals("义井镇")).findFirst().orElseThrow();
        // Just right of the name's box, where the click lies in the neighbouring area.
        var point = map().localToScreen(label.box().getMaxX() + 2, label.box().getCenterY());
        robot.clickOn(point, MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().selectedCodeProperty().get()).isEqualTo(code("义井镇"));
    }

    @Test
    void theWindowOpensLargeAndTheCityFitsClearOfTheNoteScaleBarAndNorthArrow() throws Exception {
        Stage stage = (Stage) window().getScene().getWindow();
        assertThat(stage.getWidth()).isGreaterThanOrEqualTo(Math.min(1000, javafx.stage.Screen.getPrimary().getVisualBounds().getWidth()));
        assertThat(stage.getMinHeight()).isGreaterThan(200);
        onFx(() -> map().home());
        settle(this::map);
        Viewport viewport = map().viewportProperty().get();
        Envelope city = app.currentMap().extent();
        var bottomRight = viewport.toScreen(city.getMaxX(), city.getMinY());
        var topLeft = viewport.toScreen(city.getMinX(), city.getMaxY());
        assertThat(topLeft.getY()).isGreaterThanOrEqualTo(60);
        assertThat(bottomRight.getY()).isLessThanOrEqualTo(viewport.height() - 50);
        screenshot(window().getScene(), "13-city-clear-of-furniture");
    }

    @Test
    void theCityLabelsTheNamedTownshipsAndNoNameSitsOnASymbolOrLeavesTheFrame() throws Exception {
        onFx(() -> map().home());
        settle(this::map);
        Viewport viewport = map().viewportProperty().get();
        MapRenderer renderer = new MapRenderer(FontResolver.mapFont(MapRenderer.labelTexts(app.currentMap().layers()),
                RenderCommand.LABEL_FONT_SIZE));
        var composition = session().composition();
        var placed = renderer.placeLabels(app.currentMap().layer(PlanMapBuilder.LABELS).orElseThrow(), viewport, 1.0,
                composition.symbolLayers());
        assertThat(placed).extracting(MapRenderer.PlacedLabel::text).contains("孙家庄镇", "平坦镇", "李家庄乡", "义井镇");
        var frame = new java.awt.geom.Rectangle2D.Double(0, 0, viewport.width(), viewport.height());
        for (var label : placed) {
            assertThat(frame.contains(label.box())).as(label.text()).isTrue();
        }
    }

    @Test
    void menusDialogsAndGroupMenusSpeakChineseAndTheOpacityShowsAndSurvivesAView() throws Exception {
        MenuItem present = ((MenuBar) robot.lookup(".menu-bar").query()).getMenus().get(1).getItems().stream()
                .filter(i -> i.getAccelerator() != null && i.getAccelerator().getName().equals("F5")).findFirst().orElseThrow();
        assertThat(present.getText()).isEqualTo("演示");
        var alert = WaitForAsyncUtils.asyncFx(() -> new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.CONFIRMATION))
                .get(10, TimeUnit.SECONDS);
        assertThat(alert.getTitle()).isEqualTo("确认");
        assertThat(alert.getButtonTypes()).extracting(b -> b.getText()).contains("确定", "取消");

        var tree = window().layerTree().tree();
        var group = tree.getRoot().getChildren().stream().filter(i -> i.getValue().toString().equals("三大功能农业圈"))
                .findFirst().orElseThrow();
        onFx(() -> tree.scrollTo(tree.getRow(group)));
        var cell = (javafx.scene.control.TreeCell<?>) robot.lookup(".tree-cell")
                .match(c -> c instanceof javafx.scene.control.TreeCell<?> t && t.getTreeItem() == group).query();
        assertThat(cell.getContextMenu()).isNotNull();
        MenuItem hideAll = cell.getContextMenu().getItems().stream().filter(i -> i.getText().equals("全部隐藏")).findFirst().orElseThrow();
        onFx(hideAll::fire);
        assertThat(session().layers().visibleProperty("circle-urban").get()).isFalse();
        assertThat(session().layers().visibleProperty("circle-mountain").get()).isFalse();

        var layerItem = group.getChildren().get(0);
        onFx(() -> {
            tree.getSelectionModel().select(layerItem);
            session().layers().opacityProperty(layerItem.getValue().layerId()).set(0.35);
        });
        assertThat(robot.lookup("#layer-opacity-value").queryAs(javafx.scene.control.Label.class).getText()).isEqualTo("35 %");
        onFx(() -> session().applyView(view("city")));
        assertThat(session().layers().opacityProperty(layerItem.getValue().layerId()).get()).isEqualTo(0.35);
    }
}
