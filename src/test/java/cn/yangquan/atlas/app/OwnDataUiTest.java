package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The planner's own data through the real window: added layers, attribute table, thematic map, new boundaries. */
class OwnDataUiTest {
    private static final Path LAYERS = Path.of("src", "test", "resources", "layers");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;

    @BeforeEach
    void open() throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().mapView().completedRendersProperty().get() > 0);
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    private MainWindow window() {
        return app.window();
    }

    /** Adds a layer as the menu does (read in the background) and waits until it is on the map. */
    private void addLayer(Path file) throws Exception {
        onFx(() -> app.addLayer(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.loading() != null && app.loading().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#status-progress-box").query().isVisible()).isFalse();
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Saves the window once its repaint is done, for a look at what the planner sees. */
    private void screenshot(String name) throws Exception {
        // The repaint after a change starts 140 ms later and takes well under a second here.
        Thread.sleep(1500);
        WaitForAsyncUtils.waitForFxEvents();
        Path directory = Path.of("target", "screenshots");
        Files.createDirectories(directory);
        var image = WaitForAsyncUtils.asyncFx(() -> window().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                directory.resolve(name + ".png").toFile());
    }

    @Test
    void aShapefileInGaussKrugerIsAddedToTheTreeLegendAndIdentify() throws Exception {
        addLayer(LAYERS.resolve("townships-4547.shp"));
        MapLayer layer = app.currentMap().layer("user-1").orElseThrow();
        assertThat(layer.features().size()).isEqualTo(33);
        assertThat(layer.kind()).isEqualTo(MapLayer.Kind.AREA);
        assertThat(window().legend().entries()).contains("townships-4547.shp");
        var order = window().layers().order();
        assertThat(order.indexOf("user-1")).isEqualTo(order.indexOf("labels") - 1);

        Feature xinanyi = app.currentMap().join().feature("140311200").orElseThrow();
        var point = xinanyi.geometry().getInteriorPoint();
        var screen = window().mapView().viewportProperty().get().toScreen(point.getX(), point.getY());
        robot.clickOn(window().mapView().localToScreen(screen.getX(), screen.getY() + 18), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window().inspector().text()).contains("图层要素", "townships-4547.shp", "name: 西南舁乡");
        screenshot("08-added-shapefile");
    }

    @Test
    void aGeoPackageOfSeveralTablesAsksWhichToAddAndAddsTheChosenOnes() throws Exception {
        Path gpkg = Files.copy(Path.of("src", "test", "resources", "corpus", "geopackage", "two-tables.gpkg"),
                temp.resolve("two-tables.gpkg"));
        onFx(() -> app.addLayer(gpkg));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#layer-tables").tryQuery().isPresent());
        javafx.scene.control.ListView<String> tables = robot.lookup("#layer-tables").query();
        assertThat(tables.getItems()).containsExactly("parcels", "wells");
        assertThat(tables.getSelectionModel().getSelectedItems()).as("all chosen at first").hasSize(2);
        var pane = (javafx.scene.control.DialogPane) tables.getScene().getRoot();
        assertThat(pane.getHeaderText()).contains("two-tables.gpkg", "2 个要素表");
        onFx(() -> {
            tables.getSelectionModel().clearAndSelect(1);
            ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.OK)).fire();
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.loading() != null && app.loading().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        MapLayer wells = app.currentMap().layer("user-1").orElseThrow();
        assertThat(wells.title()).isEqualTo("two-tables.gpkg#wells");
        assertThat(wells.features().size()).isEqualTo(3);
        assertThat(app.currentMap().layer("user-2")).isEmpty();
    }

    @Test
    void theAttributeTableFiltersExportsAndFollowsTheMapSelection() throws Exception {
        addLayer(LAYERS.resolve("townships-4490-gbk.shp"));
        var table = WaitForAsyncUtils.asyncFx(() -> window().openAttributes("user-1")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.table().getItems()).hasSize(33);
        onFx(() -> table.filter().setText("盂县"));
        assertThat(table.table().getItems()).isNotEmpty().allSatisfy(f -> assertThat(f.text("county")).isEqualTo("盂县"));
        onFx(() -> table.table().getSelectionModel().select(0));
        assertThat(window().mapView().highlightedProperty().get()).containsExactly(table.table().getItems().get(0));
        assertThat(table.selectionAsText().lines().findFirst().orElseThrow().split("\t")).contains("code", "name", "county");
        assertThat(table.selectionAsText()).contains(table.table().getItems().get(0).text("name"));
        Path csv = temp.resolve("yu.csv");
        var writing = WaitForAsyncUtils.asyncFx(() -> table.exportCsv(csv)).get(20, TimeUnit.SECONDS);
        // The CSV is written off the FX thread; wait until the write is done.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, writing::isDone);
        var lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(table.table().getItems().size() + 1);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines.get(0).substring(1).split(",")).contains("code", "name", "county");

        onFx(() -> {
            table.filter().setText("");
            // Keep the table's window off the part of the map the robot clicks.
            var stage = table.getScene().getWindow();
            stage.setX(760);
            stage.setY(560);
            stage.setWidth(500);
            stage.setHeight(200);
        });
        Feature xiyan = app.currentMap().join().feature("140322107").orElseThrow();
        var point = xiyan.geometry().getInteriorPoint();
        var screen = window().mapView().viewportProperty().get().toScreen(point.getX(), point.getY());
        robot.clickOn(window().mapView().localToScreen(screen.getX(), screen.getY()), MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.table().getSelectionModel().getSelectedItems()).extracting(f -> f.text("name")).containsExactly("西烟镇");
    }

    @Test
    void aStatisticsCsvBecomesAThematicMapWithClassesInTheLegend() throws Exception {
        Path csv = temp.resolve("output.csv");
        Files.writeString(csv, "乡镇名称,粮食产量,备注\n西烟镇,9000,a\n东梁乡,8500,b\n西潘乡,7000,c\n娘子关镇,1200,d\n冠山镇,900,e\n",
                StandardCharsets.UTF_8);
        var dialog = WaitForAsyncUtils.asyncFx(() -> window().openThematic()).get();
        onFx(() -> dialog.open(csv));
        // The file is read off the FX thread; wait until its reading is done and shown.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog.loading() != null && dialog.loading().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog.columnChoice().getItems()).containsExactly("粮食产量");
        assertThat(dialog.reportText()).contains("匹配 5 个乡镇");
        // 粮食产量's target is the city's (23万吨): no township's goal, so progress to target is not offered.
        assertThat(dialog.progressChoice().isDisable()).isTrue();
        assertThat(dialog.progressChoice().getText()).contains("没有乡镇有此指标的本乡镇目标");
        var result = dialog.result().orElseThrow();
        onFx(() -> {
            dialog.close();
            window().showThematic(result);
        });
        assertThat(window().layers().order()).contains("thematic-1");
        assertThat(window().legend().entries()).anySatisfy(entry -> assertThat(entry).startsWith("粮食产量 "));
        int coloured = result.layers().stream().mapToInt(l -> l.features().size()).sum();
        assertThat(coloured).isEqualTo(5);
        screenshot("07-thematic");

        // A second thematic map replaces the first, and the legend follows its layers' checkboxes.
        onFx(() -> window().showThematic(result));
        String first = result.layers().get(0).title();
        assertThat(window().legend().entries()).contains(first);
        onFx(() -> window().layers().visibleProperty("thematic-1").set(false));
        assertThat(window().legend().entries()).doesNotContain(first);
    }

    @Test
    void officialBoundariesReplaceTheSchematicOnesAndTheNoteGoes() throws Exception {
        String official = Files.readString(TestData.BOUNDARIES.resolve("townships.geojson"), StandardCharsets.UTF_8)
                .replace("\"approximate\":true", "\"approximate\":false").replace("\"code\":", "\"old_code\":");
        Path file = temp.resolve("official-townships.geojson");
        Files.writeString(file, official, StandardCharsets.UTF_8);
        assertThat(robot.lookup("#status-schematic").queryAs(Label.class).getText()).isNotEmpty();
        addLayer(file);
        onFx(() -> app.useAsBoundaries("user-1"));
        // The register is joined again in the background, off the FX thread.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.building() != null && app.building().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.currentMap().boundaries().schematic()).isFalse();
        assertThat(app.currentMap().join().matched()).isEqualTo(33);
        assertThat(robot.lookup("#status-schematic").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#join-report").tryQuery()).isPresent();
        assertThat(app.currentMap().layer("user-1")).isPresent();
    }
}
