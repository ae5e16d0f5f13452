package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.render.FontFiles;
import cn.yangquan.atlas.render.FontResolver;
import cn.yangquan.atlas.testing.AtlasProcess;
import cn.yangquan.atlas.testing.TestData;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese never turns into boxes: the font is checked against everything drawn, and without a font that covers it
 * {@code render} and {@code export} refuse with a message naming the fix; {@code --font FILE} is the way out.
 * The machine without CJK fonts is real: a child JVM that sees only DejaVu (see {@link AtlasProcess}).
 */
class FontCheckTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @TempDir
    Path temp;

    @Test
    void theInstalledCjkFontCoversMapAndInterfaceInBothLanguages() throws Exception {
        AtlasMap map = TestData.load(temp).map();
        for (String language : List.of("zh", "en")) {
            FontSetup.Checked checked = FontSetup.choose(null, map, Messages.forLanguage(language), FontSetup.Target.WINDOW);
            assertThat(checked.missing()).as(language + " with " + checked.font().getFamily()).isEmpty();
            assertThat(checked.ok()).isTrue();
        }
    }

    @Test
    void theWindowChecksTheInterfaceStringsAsWellAsTheMap() throws Exception {
        AtlasMap map = TestData.load(temp).map();
        Messages zh = Messages.forLanguage("zh");
        List<String> mapTexts = FontSetup.texts(map, zh, FontSetup.Target.MAP);
        List<String> windowTexts = FontSetup.texts(map, zh, FontSetup.Target.WINDOW);
        assertThat(mapTexts).contains("西南舁乡").doesNotContain(zh.get("app.title"));
        assertThat(windowTexts).containsAll(mapTexts).contains(zh.get("app.title"));
    }

    @Test
    void aFontWithoutChineseIsReportedInEnglishWithTheFix() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU_SANS), "DejaVu Sans not installed");
        Font latin = Font.createFont(Font.TRUETYPE_FONT, DEJAVU_SANS.toFile()).deriveFont(12f);
        String problem = FontSetup.problem(latin, Set.of("中", "国"), Messages.forLanguage("zh"));
        assertThat(problem).contains("Install a CJK font").contains("fonts-wqy-microhei").contains("fonts-noto-cjk")
                .contains("--font FILE").contains("U+4E2D").contains("U+56FD").contains("2 characters");
        assertThat(FontResolver.missingGlyphs(latin, List.of(problem))).isEmpty();
    }

    @Test
    void theMessageIsInChineseWhenTheFontCanShowIt() {
        Font chinese = FontResolver.mapFont(List.of("缺少中文字体"), 12);
        Assumptions.assumeTrue(chinese.canDisplay('缺'), "no CJK font installed");
        String problem = FontSetup.problem(chinese, Set.of("舁"), Messages.forLanguage("zh"));
        assertThat(problem).contains("请安装中文字体").contains("--font").contains("U+8201");
        assertThat(FontSetup.title(chinese, Messages.forLanguage("zh"))).isEqualTo("缺少中文字体");
    }

    @Test
    void renderRefusesToDrawBoxesWithAFontFileWithoutChinese() {
        Assumptions.assumeTrue(Files.isRegularFile(DEJAVU_SANS), "DejaVu Sans not installed");
        Path out = temp.resolve("map.png");
        CommandLineTest.Run run = CommandLineTest.run("render", "--out", out.toString(), "--font", DEJAVU_SANS.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("DejaVu Sans").contains("fonts-wqy-microhei")
                .contains("--font").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnreadableFontFileFailsInOneLineNamingIt() throws Exception {
        Path notAFont = temp.resolve("not-a-font.ttf");
        Files.writeString(notAFont, "plain text");
        CommandLineTest.Run run = CommandLineTest.run("render", "--out", temp.resolve("map.png").toString(),
                "--font", notAFont.toString(), "--lang", "en");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("not-a-font.ttf").contains("Cannot read the font file");
    }

    @Test
    void withoutACjkFontRenderAndExportRefuseAndSaySo() throws Exception {
        Path png = temp.resolve("map.png");
        AtlasProcess.Result render = AtlasProcess.runWithoutCjkFonts(Path.of(""), "render", "--out", png.toString());
        assertThat(render.exit()).as(render.err()).isNotZero();
        assertThat(render.err().strip()).doesNotContain("\n").contains("Install a CJK font")
                .contains("apt install fonts-noto-cjk or fonts-wqy-microhei").contains("--font FILE").doesNotContain("Exception");
        assertThat(png).doesNotExist();

        Path pdf = temp.resolve("city.pdf");
        AtlasProcess.Result export = AtlasProcess.runWithoutCjkFonts(Path.of(""), "export", "--view", "city", "--out",
                pdf.toString());
        assertThat(export.exit()).isNotZero();
        assertThat(export.err().strip()).isEqualTo(render.err().strip());
        assertThat(pdf).doesNotExist();
    }

    @Test
    void withoutAnInstalledCjkFontTheFontOptionDrawsChinese() throws Exception {
        Path installed = FontFiles.locate(FontResolver.mapFont(List.of("西南舁乡"), 12)).map(FontFiles.Location::file)
                .orElse(null);
        Assumptions.assumeTrue(installed != null, "no CJK font file installed to copy");
        Path own = temp.resolve("own-font" + installed.getFileName().toString().replaceAll("^.*(\\.[^.]+)$", "$1"));
        Files.copy(installed, own);
        Path png = temp.resolve("map.png");
        AtlasProcess.Result render = AtlasProcess.runWithoutCjkFonts(Path.of(""), "render", "--out", png.toString(),
                "--size", "640x480", "--font", own.toString());
        assertThat(render.exit()).as(render.err()).isZero();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(640);

        Path pdf = temp.resolve("city.pdf");
        AtlasProcess.Result export = AtlasProcess.runWithoutCjkFonts(Path.of(""), "export", "--view", "city", "--out",
                pdf.toString(), "--font", own.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(document)).contains("阳泉");
        }
    }
}
