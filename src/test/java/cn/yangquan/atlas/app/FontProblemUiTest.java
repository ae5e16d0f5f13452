package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.testing.TestData;
import cn.yangquan.atlas.ui.FontProblemDialog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window, given a font without Chinese ({@code --font} DejaVu Sans): it says so at once, in a dialog whose
 * text the font can show (English, Latin letters only), naming the fix; a font with Chinese opens no dialog.
 */
class FontProblemUiTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path temp;

    private final FxRobot robot = new FxRobot();
    private AtlasApplication app;

    private void launch(Path fontFile) throws Exception {
        AtlasPaths paths = TestData.paths(temp);
        app = AtlasUi.launch(() -> new AtlasApplication(paths, "zh", List.of(), fontFile));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() throws Exception {
        AtlasUi.close(app);
    }

    private Optional<DialogPane> dialog() {
        return robot.lookup("#" + FontProblemDialog.ID).tryQueryAs(DialogPane.class);
    }

    @Test
    void aFontWithoutChineseOpensAReadableDialogNamingTheFix() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU_SANS), "DejaVu Sans not installed");
        launch(DEJAVU_SANS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialog().isPresent());
        DialogPane pane = dialog().orElseThrow();
        String text = pane.getContentText();
        assertThat(text).contains("DejaVu Sans").contains("Install a CJK font").contains("fonts-wqy-microhei")
                .contains("--font FILE");
        assertThat(pane.getHeaderText()).isEqualTo("No Chinese font");
        // Readable in the font it is shown with: nothing outside Latin.
        java.awt.Font dejavu = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, DEJAVU_SANS.toFile());
        assertThat(FontResolver.missingGlyphs(dejavu, List.of(text, pane.getHeaderText()))).isEmpty();
    }

    @Test
    void aFontWithChineseOpensNoDialog() throws Exception {
        Path cjk = cn.yangquan.atlas.render.FontFiles.locate(FontResolver.mapFont(List.of("西南舁乡"), 12))
                .map(cn.yangquan.atlas.render.FontFiles.Location::file).orElse(null);
        Assumptions.assumeTrue(cjk != null, "no CJK font file installed");
        launch(cjk);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.window().mapView().completedRendersProperty().get() > 0);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialog()).isEmpty();
    }
}
