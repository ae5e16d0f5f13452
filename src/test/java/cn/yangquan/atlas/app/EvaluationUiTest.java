package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.testing.RegisterTargets;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.IndicatorsView;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File > 导入实际值 through the real window: import, see the statuses, edit a value, save, restart, find it again. */
class EvaluationUiTest {
    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;
    private AtlasPaths paths;

    private void open() throws Exception {
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().mapView().completedRendersProperty().get() > 0);
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    private void onFx(Runnable action) throws Exception {
        WaitForAsyncUtils.asyncFx(action).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String cell(IndicatorsView view, String columnId, int row) {
        TableColumn<IndicatorRow, ?> column = view.table().getColumns().stream().filter(c -> columnId.equals(c.getId()))
                .findFirst().orElseThrow();
        return String.valueOf(column.getCellData(row));
    }

    @Test
    void importedValuesAreEditedSavedInTheProjectAndFoundAfterARestart() throws Exception {
        var real = TestData.paths(temp);
        Path data = TestData.DATA;
        paths = new AtlasPaths(real.boundaries(), data, real.maps(), real.project(), real.planText());
        byte[] register = Files.readAllBytes(data.resolve("indicators.json"));
        // Made-up values (示例), saved as Excel does by default on a Chinese system: GBK without BOM.
        Path actuals = temp.resolve("实际值-示例.csv");
        Files.writeString(actuals, "id,indicator,actual,actual_year,source\n"
                + "T1-2,农村居民可支配收入,23400,2025,示例\n"
                + ",城镇化率,74,2025,示例\n"
                + "T1-6,粮食产量,23,2025,示例\n"
                + RegisterTargets.SUNJIAZHUANG + ",,9,2025,示例\n"
                + "T9-9,没有的指标,1,2025,示例\n"
                + "T1-4,第一产业增加值,约20,2025,示例\n", Charset.forName("GBK"));
        open();

        onFx(() -> app.importActuals(actuals));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.importing() != null && app.importing().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.importReport().get(0)).contains("按 id 匹配 3 行", "按指标名称匹配 1 行", "未匹配的行 1 行");
        assertThat(String.join("\n", app.importReport())).contains("T9-9", "第 7 行", "约20", "GBK");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.currentMap().layer("evaluation-township-some-not-met")
                .map(l -> l.features().size() == 1).orElse(false));

        onFx(() -> app.window().mapView().selectedCodeProperty().set("140322101"));
        assertThat(app.window().inspector().text()).contains("实际 9 / 目标 15：未达成");

        IndicatorsView view = WaitForAsyncUtils.asyncFx(() -> app.window().showIndicators()).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(view, "indicators-actual", 1)).isEqualTo("23400");
        assertThat(cell(view, "indicators-status", 1)).isEqualTo("基本达成");
        assertThat(cell(view, "indicators-status", 5)).isEqualTo("基本达成 ▲约束性");

        TableColumn<IndicatorRow, ?> actualColumn = view.table().getColumns().stream()
                .filter(c -> "indicators-actual".equals(c.getId())).findFirst().orElseThrow();
        int targetIndex = view.table().getColumns().indexOf(actualColumn) - 1;
        assertThat(view.table().getColumns().get(targetIndex).getText()).isEqualTo("2025年目标值");
        javafx.scene.control.TableCell<?, ?> first = robot.from(view.table()).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getTableColumn() == actualColumn && c.getIndex() == 0)
                .query();
        robot.doubleClickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        robot.write("74.2").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.window().session().actuals().get("T1-1").map(Actual::value)).contains(74.2);
        assertThat(cell(view, "indicators-status", 0)).isEqualTo("达成");

        // 表2 row 1 is a text target: the planner judges it in the indicator view.
        TableColumn<IndicatorRow, ?> judgedColumn = view.table().getColumns().stream()
                .filter(c -> "indicators-judged".equals(c.getId())).findFirst().orElseThrow();
        onFx(() -> view.table().scrollTo(30));
        javafx.scene.control.TableCell<?, ?> textTarget = robot.from(view.table()).lookup(".table-cell")
                .match((javafx.scene.control.TableCell<?, ?> c) -> c.getTableColumn() == judgedColumn && c.getIndex() == 30)
                .query();
        robot.doubleClickOn(textTarget);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(textTarget.getGraphic()).isInstanceOf(javafx.scene.control.ComboBox.class);
        @SuppressWarnings("unchecked")
        var combo = (javafx.scene.control.ComboBox<String>) textTarget.getGraphic();
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> "未达成".equals(c.getText())).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(view, "indicators-status", 30)).isEqualTo("未达成（评判）");

        onFx(() -> app.save());
        String saved = Files.readString(paths.project());
        assertThat(saved).contains("\"actuals\"", "\"T1-1\"", "74.2", "23400");
        assertThat(Files.readAllBytes(data.resolve("indicators.json"))).isEqualTo(register);

        AtlasUi.close(app);
        open();
        IndicatorsView again = WaitForAsyncUtils.asyncFx(() -> app.window().showIndicators()).get(20, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell(again, "indicators-actual", 0)).isEqualTo("74.2");
        assertThat(cell(again, "indicators-actual", 1)).isEqualTo("23400");
        assertThat(cell(again, "indicators-status", 0)).isEqualTo("达成");
        assertThat(cell(again, "indicators-judged", 30)).isEqualTo("未达成");
    }
}
