package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code info}, {@code layers} and {@code indicators} say whose each figure is, which year and what kind, with places. */
class InfoFactsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SECTIONS = List.of("circles", "zones", "industries", "programmes", "achievements",
            "villages", "sites");

    private static JsonNode info(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("info"));
        all.addAll(List.of(args));
        all.add("--json");
        CommandLineTest.Run run = CommandLineTest.run(all.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<JsonNode> entries(JsonNode info) {
        List<JsonNode> entries = new ArrayList<>();
        SECTIONS.forEach(section -> info.path(section).forEach(entries::add));
        return entries;
    }

    private static List<JsonNode> ownTargets(JsonNode info) {
        List<JsonNode> targets = new ArrayList<>();
        entries(info).forEach(e -> e.path("targets").forEach(targets::add));
        return targets;
    }

    private static List<JsonNode> widerTargets(JsonNode info) {
        List<JsonNode> targets = new ArrayList<>();
        entries(info).forEach(e -> e.path("wider_targets").forEach(g -> g.path("targets").forEach(targets::add)));
        return targets;
    }

    private static JsonNode find(List<JsonNode> targets, String indicator) {
        return targets.stream().filter(t -> t.path("indicator").asText().equals(indicator)).findFirst()
                .orElseThrow(() -> new AssertionError("no target " + indicator));
    }

    @Test
    void xinanyiShowsTheCitysFarmlandUnderTheCityAndTheOrchardDoublingAsRelative() throws Exception {
        JsonNode info = info("西南舁乡");
        assertThat(ownTargets(info)).extracting(t -> t.path("indicator").asText()).doesNotContain("基本农田面积", "粮食产量");
        JsonNode farmland = find(widerTargets(info), "基本农田面积");
        assertThat(farmland.path("scope").path("level").asText()).isEqualTo("city");
        assertThat(farmland.path("scope").path("name").asText()).isEqualTo("全市");
        assertThat(farmland.has("year")).isTrue();
        assertThat(farmland.path("year").isNull()).isTrue();
        assertThat(farmland.path("kind").asText()).isEqualTo("target");
        assertThat(find(widerTargets(info), "粮食产量").path("year").asInt()).isEqualTo(2025);
        JsonNode doubling = find(widerTargets(info), "林果种植面积");
        assertThat(doubling.path("kind").asText()).isEqualTo("relative");
        assertThat(doubling.path("relative_to").asText()).contains("1.3万亩");
        assertThat(doubling.path("quote").asText()).isEqualTo("扩大种植面积，实现面积翻番");
        JsonNode base = find(ownTargets(info), "林果基地面积（现有核心基地）");
        assertThat(base.path("kind").asText()).isEqualTo("baseline");
        assertThat(base.path("scope").path("level").asText()).isEqualTo("site");
        assertThat(info.path("achievements").toString()).contains("农村人居环境整治示范片");
        JsonNode fruit = null;
        for (JsonNode industry : info.path("industries")) {
            if (industry.path("id").asText().equals("industry-fruitveg")) {
                fruit = industry;
            }
        }
        assertThat(fruit).isNotNull();
        assertThat(fruit.path("brands").toString()).contains("西南舁苹果", "\"township\":\"140311200\"");
        assertThat(fruit.path("enterprises").size()).isEqualTo(4);
    }

    @Test
    void greenhouseVegetablesHaveNoYearAndSeleniumSoilIsAResource() throws Exception {
        JsonNode greenhouse = find(widerTargets(info("岔口乡")), "大棚蔬菜种植规模");
        assertThat(greenhouse.path("year").isNull()).isTrue();
        assertThat(greenhouse.path("scope").path("level").asText()).isEqualTo("layer");
        JsonNode soil = find(widerTargets(info("巨城镇")), "依托富硒土壤");
        assertThat(soil.path("kind").asText()).isEqualTo("resource");
        assertThat(soil.path("year").isNull()).isTrue();
    }

    @Test
    void honeyAndCountyAreasAreNoTownshipsOwnButSunjiazhuangKeepsItsArea() throws Exception {
        for (String township : List.of("巨城镇", "冶西镇", "孙家庄镇", "梁家寨乡")) {
            JsonNode info = info(township);
            assertThat(ownTargets(info)).as(township).extracting(t -> t.path("indicator").asText())
                    .doesNotContain("养蜂户", "蜂蜜年产量", "中药材种植区", "盂县西部优质粮食生产区", "省市级乡村振兴示范村");
        }
        JsonNode sunjiazhuang = find(ownTargets(info("孙家庄镇")), "孙家庄镇精品杂粮生产区");
        assertThat(sunjiazhuang.path("scope").path("code").asText()).isEqualTo("140322101");
        JsonNode herbs = find(widerTargets(info("冶西镇")), "中药材种植区");
        assertThat(herbs.path("scope").path("level").asText()).isEqualTo("county");
        assertThat(herbs.path("scope").path("code").asText()).isEqualTo("140321");
    }

    @Test
    void theTextSaysNoYearGivenAndCitesEveryTargetLineInEnglishToo() {
        String zh = CommandLineTest.run("info", "岔口乡").out();
        assertThat(zh).contains("大棚蔬菜种植规模：1 万亩（未写年份）", "“逐步形成万亩大棚蔬菜种植规模” — 第二章第五节 蔬菜产业集聚区");
        assertThat(zh).contains("全市的目标（不是本乡镇的）：", "甘泉井西红柿（本乡镇）", "重点旅游村：甘泉井村");
        String en = CommandLineTest.run("info", "岔口乡", "--lang", "en").out();
        assertThat(en).contains("(no year given)", "Targets of the city (not this township’s own):");
        en.lines().filter(line -> line.contains("Interpretation (not plan text)"))
                .forEach(line -> assertThat(line).doesNotContainPattern("\\p{IsHan}").doesNotContain(" / "));
    }

    @Test
    void layerMembershipsCarryEnterprisesAndBrandsAndTable1SaysWhichCategoriesAreRead() throws Exception {
        JsonNode layers = JSON.readTree(CommandLineTest.run("layers", "--json").out());
        JsonNode fruit = null;
        for (JsonNode layer : layers.path("layers")) {
            if (layer.path("id").asText().equals("industry-fruitveg")) {
                fruit = layer;
            }
        }
        assertThat(fruit).isNotNull();
        assertThat(fruit.path("members").get(0).path("brands").toString()).contains("西南舁苹果");
        JsonNode rows = JSON.readTree(CommandLineTest.run("indicators", "--json").out());
        for (JsonNode row : rows) {
            boolean read = row.path("table").asText().equals("表1") && row.path("row").asInt() >= 19 && row.path("row").asInt() <= 22;
            assertThat(row.path("category_is_reading").asBoolean()).as(row.toString()).isEqualTo(read);
        }
    }
}
