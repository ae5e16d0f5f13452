package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    /** Output, error output and exit code of one in-process run of the command line. */
    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var commandLine = AtlasCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(AtlasCommand.sharedOptionsAfterCommand(commandLine, args));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void sharedOptionsWrittenBeforeTheCommandApplyToIt() throws Exception {
        Run missing = run("--boundaries", temp.resolve("none").toString(), "render", "--out", temp.resolve("m.png").toString());
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains(temp.resolve("none").toString());
        assertThat(temp.resolve("m.png")).doesNotExist();
        Run english = run("--lang=en", "info", "西");
        assertThat(english.exit()).isNotZero();
        assertThat(english.err()).contains("matches 4 townships");
        assertThat(run("--lang", "en", "info", "西").err()).isEqualTo(run("info", "西", "--lang", "en").err());
    }

    @Test
    void infoPrintsEverythingThePlanSaysAboutXinanyiAsJson() throws Exception {
        Run run = run("info", "西南舁乡", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode info = JSON.readTree(run.out());
        assertThat(info.path("township").path("code").asText()).isEqualTo("140311200");
        assertThat(info.path("township").path("county").asText()).isEqualTo("郊区");
        assertThat(info.path("township").path("area_km2").asDouble()).isGreaterThan(10);
        for (String section : new String[] {"circles", "zones", "industries", "programmes", "villages"}) {
            assertThat(info.path(section).isArray()).as(section).isTrue();
        }
        JsonNode industries = info.path("industries");
        assertThat(industries.size()).isGreaterThanOrEqualTo(4);
        JsonNode fruit = null;
        for (JsonNode industry : industries) {
            assertThat(industry.path("source").asText()).isNotBlank();
            assertThat(industry.path("quote").asText()).isNotBlank();
            if (industry.path("id").asText().equals("industry-fruitveg")) {
                fruit = industry;
            }
        }
        assertThat(fruit).isNotNull();
        assertThat(fruit.path("products").toString()).contains("苹果");
        // The industry's figures are the city's: they come under wider_targets, with their scope.
        assertThat(fruit.path("targets").size()).isZero();
        JsonNode target = fruit.path("wider_targets").get(0).path("targets").get(0);
        for (String field : new String[] {"indicator", "target", "unit", "year", "scope", "kind"}) {
            assertThat(target.has(field)).as(field).isTrue();
        }
    }

    @Test
    void infoAcceptsAShortNameAndACode() {
        assertThat(run("info", "140321201", "--json").out()).contains("\"name\" : \"岔口乡\"");
        assertThat(run("info", "孙家庄", "--json").out()).contains("\"code\" : \"140322101\"");
    }

    @Test
    void anUnknownTownshipFailsWithOneLineAndNoStackTrace() {
        Run run = run("info", "不存在乡");
        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).doesNotContain("\n").contains("不存在乡").doesNotContain("Exception");
    }

    @Test
    void layersListsThePlanLayersWithTheirMembers() throws Exception {
        Run run = run("layers", "--json");
        assertThat(run.exit()).isZero();
        JsonNode layers = JSON.readTree(run.out()).path("layers");
        int zones = 0;
        int industries = 0;
        for (JsonNode layer : layers) {
            if (layer.path("group").asText().equals("zones")) {
                zones++;
            }
            if (layer.path("group").asText().equals("industries")) {
                industries++;
            }
            if (layer.path("id").asText().equals("zone-fruit")) {
                assertThat(layer.path("members").toString()).contains("西南舁乡");
            }
        }
        assertThat(zones).isEqualTo(8);
        assertThat(industries).isEqualTo(6);
    }

    @Test
    void renderWritesAPngOfTheAskedSize() throws Exception {
        Path out = temp.resolve("map.png");
        Run run = run("render", "--out", out.toString(), "--size", "640x480", "--layers", "townships,zone-grain,labels");
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage image = ImageIO.read(out.toFile());
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(480);
    }

    @Test
    void renderRejectsBadArgumentsAndLeavesNoFile() throws Exception {
        Path out = temp.resolve("map.png");
        assertThat(run("render", "--out", out.toString(), "--layers", "no-such-layer").exit()).isNotZero();
        assertThat(run("render", "--out", out.toString(), "--size", "big").exit()).isNotZero();
        Path blocker = temp.resolve("not-a-directory");
        Files.writeString(blocker, "a file where a directory should be");
        Run unwritable = run("render", "--out", blocker.resolve("map.png").toString());
        assertThat(unwritable.err()).contains("cannot write");
        assertThat(unwritable.exit()).isNotZero();
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void validatePassesOnTheShippedRegister() {
        Run run = run("validate");
        Run english = run("validate", "--lang", "en");
        assertThat(english.out()).contains("register is sound").contains("quotes checked");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("规划登记无误").contains("已对照规划原文核对的引文");
    }

    @Test
    void validateFailsOnABrokenRegister() throws Exception {
        Path data = temp.resolve("data");
        Files.createDirectories(data);
        try (var files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, data.resolve(file.getFileName()));
            }
        }
        Path layers = data.resolve("layers.json");
        Files.writeString(layers, Files.readString(layers).replace("以郊区西南舁1.3万亩林果基地为核心", "以郊区西南舁3万亩林果基地为核心"));
        Run run = run("validate", "--data", data.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("layers.json").contains("does not occur in the plan");
    }

    @Test
    void indicatorsPrintsBothTablesAsPrinted() throws Exception {
        Run run = run("indicators", "--json");
        JsonNode rows = JSON.readTree(run.out());
        assertThat(rows.size()).isEqualTo(48);
        JsonNode first = rows.get(0);
        for (String field : new String[] {"table", "row", "category", "indicator", "unit", "baseline", "target", "growth", "attribute"}) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(run.out()).contains(">23").contains("≥98").contains("年均增速高于全市平均水平");
    }

    @Test
    void layersListsAnAddedGeoPackageWithCountCrsAndWgs84Bounds() throws Exception {
        Run run = run("layers", "--json", "--layer", "src/test/resources/layers/townships-4547.gpkg");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode added = null;
        for (JsonNode layer : JSON.readTree(run.out()).path("layers")) {
            if (layer.path("group").asText().equals("user")) {
                added = layer;
            }
        }
        assertThat(added).isNotNull();
        assertThat(added.path("feature_count").asInt()).isEqualTo(33);
        assertThat(added.path("source_crs").asText()).isEqualTo("EPSG:4547");
        JsonNode bounds = added.path("bounds_wgs84");
        assertThat(bounds.get(0).asDouble()).isBetween(112.9, 113.2);
        assertThat(bounds.get(1).asDouble()).isBetween(37.5, 37.8);
        assertThat(bounds.get(2).asDouble()).isBetween(113.9, 114.2);
        assertThat(bounds.get(3).asDouble()).isBetween(38.4, 38.7);
    }

    @Test
    void renderDrawsAnAddedLayer() throws Exception {
        Path without = temp.resolve("without.png");
        Path with = temp.resolve("with.png");
        // 800x600: the city is fitted clear of the full notes, which take much of a smaller image.
        assertThat(run("render", "--out", without.toString(), "--size", "800x600", "--layers", "townships").exit()).isZero();
        Run run = run("render", "--out", with.toString(), "--size", "800x600", "--layers", "townships,user-1",
                "--layer", "src/test/resources/layers/townships-4490-gbk.shp");
        assertThat(run.exit()).as(run.err()).isZero();
        BufferedImage a = ImageIO.read(without.toFile());
        BufferedImage b = ImageIO.read(with.toFile());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        assertThat(differing).isGreaterThan(5000);
    }

    @Test
    void aBrokenLayerFileFailsTheCommandUnlessItIsToKeepGoing() throws Exception {
        Path broken = temp.resolve("broken.gpkg");
        Files.writeString(broken, "not a database");
        Run failed = run("layers", "--json", "--layer", broken.toString());
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.err()).contains("broken.gpkg").contains("not a GeoPackage");
        Run run = run("layers", "--json", "--keep-going", "--layer", broken.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("broken.gpkg").contains("not a GeoPackage");
    }
}
