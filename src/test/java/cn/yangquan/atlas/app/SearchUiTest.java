package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.TownshipResolver;
import cn.yangquan.atlas.model.register.Township;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.MainWindow;
import cn.yangquan.atlas.ui.MapView;
import cn.yangquan.atlas.ui.SearchField;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The township search through the real window: every search selects and zooms, lists, or says it found nothing. */
class SearchUiTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;

    @BeforeEach
    void open() throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null
                && map().completedRendersProperty().get() > 0 && search().ready());
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

    private SearchField search() {
        return window().search();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> window().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", SCREENSHOTS.resolve(name + ".png").toFile());
        // The hit list is a popup window of its own.
        WritableImage popup = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing()).findFirst()
                .map(w -> w.getScene().snapshot(null)).orElse(null)).get(10, TimeUnit.SECONDS);
        if (popup != null) {
            ImageIO.write(SwingFXUtils.fromFXImage(popup, null), "png", SCREENSHOTS.resolve(name + "-hits.png").toFile());
        }
    }

    private boolean selected(String code) {
        return code.equals(map().selectedCodeProperty().get());
    }

    @Test
    void enterSelectsAndZoomsOnEverySearchNotOnlyTheFirst() throws Exception {
        double city = map().viewportProperty().get().metresPerPixel();
        robot.clickOn("#search").write("义井镇");
        waitUntil(() -> search().resolutionProperty().get() instanceof TownshipResolver.Found);
        assertThat(search().shownHits()).extracting(Township::code).first().isEqualTo("140302100");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> selected("140302100"));
        double yijing = map().viewportProperty().get().metresPerPixel();
        assertThat(yijing).isLessThan(city / 2);
        assertThat(window().inspector().text()).startsWith("义井镇").contains("140302100", "畜产品产业");

        // The second search: the chosen name is selected in the box, so typing replaces it.
        robot.write("xny");
        waitUntil(() -> "xny".equals(search().getText())
                && search().resolutionProperty().get() instanceof TownshipResolver.Found);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> selected("140311200"));
        assertThat(window().inspector().text()).startsWith("西南舁乡");
        // Zoomed onto 西南舁乡, away from 义井镇.
        var xinanyi = app.currentMap().join().feature("140311200").orElseThrow().geometry().getEnvelopeInternal();
        assertThat(map().viewportProperty().get().extent().centre().distance(xinanyi.centre())).isLessThan(1000);
        screenshot("search-second-xny");
    }

    @Test
    void theShortNameOfAnObsoleteUnitFindsItWithItsMergedIntoNote() throws Exception {
        robot.clickOn("#search").write("下社");
        waitUntil(() -> search().resolutionProperty().get() instanceof TownshipResolver.Found);
        Predicate<Node> hit = node -> node instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("下社乡 (140322202)");
        ListCell<?> cell = (ListCell<?>) robot.lookup(hit).query();
        assertThat(cell.getText()).contains("已并入 上社镇 (140322106)");
        assertThat(cell.isSelected()).as("the hit is highlighted").isTrue();
        screenshot("search-xiashe-list");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> selected("140322202"));
        String inspector = window().inspector().text();
        assertThat(inspector).startsWith("下社乡").contains("已并入 上社镇 (140322106)", "无单独边界").doesNotContain("km²");
        screenshot("search-xiashe-inspector");
    }

    @Test
    void aTextWithNoHitSaysSoVisibly() throws Exception {
        robot.clickOn("#search").write("zzzz").type(KeyCode.ENTER);
        waitUntil(() -> search().resolutionProperty().get() instanceof TownshipResolver.NotFound);
        Label message = robot.lookup("#search-message").queryAs(Label.class);
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getScene().getWindow().isShowing()).isTrue();
        assertThat(message.getText()).isEqualTo("没有与“zzzz”匹配的乡镇");
        assertThat(map().selectedCodeProperty().get()).isNull();
        screenshot("search-no-hit");
    }

    @Test
    void anAmbiguousTextListsTheCandidatesToPickFrom() throws Exception {
        robot.clickOn("#search").write("西").type(KeyCode.ENTER);
        waitUntil(() -> search().resolutionProperty().get() instanceof TownshipResolver.Ambiguous);
        assertThat(search().message()).isEqualTo("“西”对应 4 个乡镇，请选择：");
        assertThat(search().shownHits()).extracting(Township::name)
                .containsExactlyInAnyOrder("西南舁乡", "冶西镇", "西烟镇", "西潘乡");
        // Enter alone does not guess.
        assertThat(map().selectedCodeProperty().get()).isNull();
        screenshot("search-ambiguous");
        robot.clickOn(node -> node instanceof ListCell<?> cell && cell.getText() != null
                && cell.getText().startsWith("西潘乡"));
        waitUntil(() -> selected("140322204"));
        assertThat(window().inspector().text()).startsWith("西潘乡");

        // The keyboard picks too: a new text, the arrow highlights the first candidate, Enter takes it.
        robot.clickOn("#search").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).type(KeyCode.BACK_SPACE);
        waitUntil(() -> search().getText().isEmpty());
        robot.write("西");
        waitUntil(() -> search().resolutionProperty().get() instanceof TownshipResolver.Ambiguous);
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        String first = search().shownHits().get(0).code();
        assertThat(first).isNotEqualTo("140322204");
        waitUntil(() -> selected(first));
    }
}
