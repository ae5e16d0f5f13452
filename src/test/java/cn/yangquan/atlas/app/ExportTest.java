package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportTest {
    @TempDir
    Path temp;

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    @Test
    void aPdfExportKeepsTitleLegendAndLabelsAsTextWithTheFontEmbedded() throws Exception {
        Path pdf = temp.resolve("zone.pdf");
        var run = run("export", "--view", "view-zone-fruit", "--out", pdf.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("林果产业集聚区", "图例", "县区界", "西南舁乡", "乡镇界为示意", "Vonng/adcode", "制图日期");
            PDPage page = document.getPage(0);
            for (var name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
            assertThat(page.getResources().getFontNames()).isNotEmpty();
        }
    }

    @Test
    void aPngExportHasTheAskedSizeAndTheDefaultIsSixteenByNine() throws Exception {
        Path custom = temp.resolve("city.png");
        assertThat(run("export", "--view", "city", "--out", custom.toString(), "--size", "1280x720").exit()).isZero();
        BufferedImage image = ImageIO.read(custom.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(720);
        Path standard = temp.resolve("default.png");
        assertThat(run("export", "--view", "粮食生产集聚区", "--out", standard.toString()).exit()).isZero();
        BufferedImage full = ImageIO.read(standard.toFile());
        assertThat(full.getWidth()).isEqualTo(1920);
        assertThat(full.getHeight()).isEqualTo(1080);
    }

    @Test
    void aPngAtAChosenDpiIsAnA4LandscapePage() throws Exception {
        Path print = temp.resolve("print.png");
        var run = run("export", "--view", "city", "--out", print.toString(), "--dpi", "150");
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(print.toFile());
        assertThat(image.getWidth()).isEqualTo(1754);
        assertThat(image.getHeight()).isEqualTo(1240);
    }

    @Test
    void anSvgExportParsesAsXmlAndContainsTheLabels() throws Exception {
        Path svg = temp.resolve("city.svg");
        assertThat(run("export", "--view", "city", "--out", svg.toString()).exit()).isZero();
        var factory = DocumentBuilderFactory.newInstance();
        // The SVG names its DTD by URL; parsing must not try to fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        var document = factory.newDocumentBuilder().parse(svg.toFile());
        assertThat(document.getDocumentElement().getNodeName()).isEqualTo("svg");
        String content = Files.readString(svg);
        assertThat(content).contains("西南舁乡", "娘子关镇", "图例");
    }

    @Test
    void theMeetingPackHasEveryViewAndBothIndicatorTables() throws Exception {
        Path pack = temp.resolve("pack");
        var run = run("export", "--all", "--views", "city,view-zone-grain,view-industry-grains", "--out", pack.toString(), "--size", "960x540");
        assertThat(run.exit()).as(run.err()).isZero();
        try (var files = Files.list(pack)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    "meeting-pack.pdf", "01-city.png", "02-view-zone-grain.png", "03-view-industry-grains.png");
        }
        try (PDDocument document = Loader.loadPDF(pack.resolve("meeting-pack.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(4);
            stripper.setEndPage(5);
            assertThat(stripper.getText(document)).contains("表1", "表2", "城镇化率", ">23", "≥98", "约束性");
        }
    }

    @Test
    void badRequestsFailWithOneLineAndWriteNothing() throws Exception {
        var unknownView = run("export", "--view", "no-such-view", "--out", temp.resolve("a.pdf").toString());
        assertThat(unknownView.exit()).isNotZero();
        assertThat(unknownView.err().strip()).contains("unknown view").doesNotContain("\n");
        var unknownFormat = run("export", "--view", "city", "--out", temp.resolve("a.docx").toString());
        assertThat(unknownFormat.exit()).isNotZero();
        assertThat(unknownFormat.err()).contains("unknown export format");
        Path blocker = temp.resolve("file");
        Files.writeString(blocker, "x");
        var unwritable = run("export", "--view", "city", "--out", blocker.resolve("a.png").toString());
        assertThat(unwritable.exit()).isNotZero();
        assertThat(unwritable.err()).contains("cannot write");
        try (var files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("file");
        }
    }

    @Test
    void viewsListsThePresetsFromTheRegister() {
        var run = run("views", "--json");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"id\" : \"city\"", "view-circle-urban", "view-zone-grain", "view-industry-functional");
    }
}
