package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.io.PostgisSettingsStore;
import cn.yangquan.atlas.testing.PostgisServer;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.PostgisDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The PostGIS path through the real window and a real server: connect, list, choose, and the table is a layer. */
class PostgisUiTest {
    @RegisterExtension
    static final PostgisServer SERVER = new PostgisServer();

    private static final String SCHEMA = "yq_dialog_test";

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;

    @BeforeEach
    void open() throws Exception {
        try (Connection jdbc = SERVER.open(); Statement sql = jdbc.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
            sql.execute("CREATE TABLE " + SCHEMA + ".parcels (id serial PRIMARY KEY, 名称 text, geom geometry(Polygon, 4490))");
            sql.execute("INSERT INTO " + SCHEMA + ".parcels (名称, geom) VALUES "
                    + "('甲', ST_GeomFromText('POLYGON((113.50 37.90, 113.52 37.90, 113.52 37.92, 113.50 37.92, 113.50 37.90))', 4490)),"
                    + "('乙', ST_GeomFromText('POLYGON((113.60 37.95, 113.63 37.95, 113.63 37.97, 113.60 37.97, 113.60 37.95))', 4490))");
        }
        AtlasPaths paths = TestData.paths(temp);
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    @Test
    void aTableChosenInTheDialogBecomesALayerAndThePasswordIsNotSaved() throws Exception {
        var server = SERVER.connection();
        Path settingsFile = temp.resolve("postgis.json");
        PostgisDialog dialog = WaitForAsyncUtils.asyncFx(() -> {
            PostgisDialog d = new PostgisDialog(app.window().getScene().getWindow(),
                    cn.yangquan.atlas.i18n.Messages.forLanguage("zh"), new PostgisSettingsStore(settingsFile));
            d.show();
            return d;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#postgis-host").queryAs(TextField.class).setText(server.host());
            robot.lookup("#postgis-port").queryAs(TextField.class).setText(String.valueOf(server.port()));
            robot.lookup("#postgis-database").queryAs(TextField.class).setText(server.database());
            robot.lookup("#postgis-user").queryAs(TextField.class).setText(server.user());
            robot.lookup("#postgis-password").queryAs(TextField.class).setText(server.password() == null ? "secret" : server.password());
        }).get();
        robot.clickOn("#postgis-list");
        @SuppressWarnings("unchecked")
        ListView<cn.yangquan.atlas.io.PostgisReader.TableInfo> tables = robot.lookup("#postgis-tables").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> tables.getItems().stream()
                .anyMatch(t -> t.schema().equals(SCHEMA) && t.table().equals("parcels")));
        WaitForAsyncUtils.asyncFx(() -> tables.getSelectionModel().select(tables.getItems().stream()
                .filter(t -> t.schema().equals(SCHEMA)).findFirst().orElseThrow())).get();
        robot.clickOn(dialog.getDialogPane().lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        PostgisDialog.Choice choice = dialog.getResult();
        assertThat(choice.table().srid()).isEqualTo(4490);
        assertThat(Files.readString(settingsFile)).contains(server.database()).doesNotContain("secret");

        WaitForAsyncUtils.asyncFx(() -> app.readPostgis(choice)).get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.loading() != null && app.loading().isDone());
        WaitForAsyncUtils.waitForFxEvents();
        var layer = app.currentMap().layer("user-1").orElseThrow();
        assertThat(layer.title()).isEqualTo(SCHEMA + ".parcels");
        assertThat(layer.features().size()).isEqualTo(2);
        assertThat(layer.features().features()).extracting(f -> f.text("名称")).containsExactlyInAnyOrder("甲", "乙");
        assertThat(app.window().legend().entries()).contains(SCHEMA + ".parcels");
    }
}
