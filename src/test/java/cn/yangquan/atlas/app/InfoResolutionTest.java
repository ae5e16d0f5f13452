package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.app.CommandLineTest.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code info} resolves names through the one resolver: exit codes, stdout and stderr of the real command. */
class InfoResolutionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode township(String... args) throws Exception {
        Run run = CommandLineTest.run(args);
        assertThat(run.exit()).as(run.err()).isZero();
        return JSON.readTree(run.out()).path("township");
    }

    private static List<String> ids(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.path("id").asText()));
        return ids;
    }

    @Test
    void yijingTownAndItsShortNameAnswerForTheTownThePlanTalksAbout() throws Exception {
        JsonNode town = township("info", "义井镇", "--json");
        assertThat(town.path("code").asText()).isEqualTo("140302100");
        assertThat(town.path("area_km2").asDouble()).isGreaterThan(1);
        Run run = CommandLineTest.run("info", "义井", "--json");
        assertThat(run.exit()).isZero();
        assertThat(JSON.readTree(run.out()).path("township").path("code").asText()).isEqualTo("140302100");
        assertThat(JSON.readTree(run.out()).path("industries").size()).isPositive();
        // The other unit of that name is not hidden.
        assertThat(run.err()).contains("义井街道 (140302005)").contains("义井镇 (140302100)");
    }

    @Test
    void theSubdistrictAnswersByItsFullNameAndCodeAndSaysItHasNoBoundaryOfItsOwn() throws Exception {
        JsonNode byName = township("info", "义井街道", "--json");
        assertThat(byName.path("code").asText()).isEqualTo("140302005");
        assertThat(byName.has("area_km2")).isFalse();
        assertThat(byName.path("own_boundary").asBoolean(true)).isFalse();
        assertThat(byName.path("drawn_within").path("code").asText()).isEqualTo("140302");
        assertThat(township("info", "140302005", "--json").path("name").asText()).isEqualTo("义井街道");
        Run text = CommandLineTest.run("info", "义井街道");
        assertThat(text.out()).startsWith("义井街道 (140302005), 城区\n").contains("无单独边界，地图上位于 城区 (140302) 内")
                .doesNotContain("km²");
    }

    @Test
    void pinyinAndInitialsWork() throws Exception {
        assertThat(township("info", "xny", "--json").path("code").asText()).isEqualTo("140311200");
        assertThat(township("info", "xinanyu", "--json").path("code").asText()).isEqualTo("140311200");
        assertThat(township("info", "yijing", "--json").path("code").asText()).isEqualTo("140302100");
        assertThat(township("info", "娘子", "--json").path("name").asText()).isEqualTo("娘子关镇");
    }

    @Test
    void anAmbiguousNameExitsNonZeroListingEveryCandidateWithCodeAndCounty() {
        Run run = CommandLineTest.run("info", "西");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("“西”对应 4 个乡镇").doesNotContain("Exception");
        assertThat(run.err().lines().filter(line -> line.startsWith("  ")).toList()).containsExactly(
                "  西南舁乡 (140311200)，郊区", "  冶西镇 (140321101)，平定县", "  西烟镇 (140322107)，盂县",
                "  西潘乡 (140322204)，盂县");
    }

    @Test
    void theListIsInEnglishWithLangEn() {
        Run run = CommandLineTest.run("info", "西", "--lang", "en");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("\"西\" matches 4 townships").contains("  冶西镇 (140321101), 平定县");
        Run unknown = CommandLineTest.run("info", "zzzz", "--lang", "en");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).isEqualTo("yq-atlas: No township matches \"zzzz\"");
    }

    @Test
    void anUnknownNameExitsNonZeroWithOneLineInChinese() {
        Run run = CommandLineTest.run("info", "zzzz");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("yq-atlas: 没有与“zzzz”匹配的乡镇");
    }

    @Test
    void anObsoleteUnitIsItselfSaysWhereItWentAndShowsNoAreaOfItsSuccessor() throws Exception {
        Run run = CommandLineTest.run("info", "下社乡", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode info = JSON.readTree(run.out());
        JsonNode unit = info.path("township");
        assertThat(unit.path("code").asText()).isEqualTo("140322202");
        assertThat(unit.path("name").asText()).isEqualTo("下社乡");
        assertThat(unit.path("obsolete_into").path("code").asText()).isEqualTo("140322106");
        assertThat(unit.path("obsolete_into").path("name").asText()).isEqualTo("上社镇");
        assertThat(unit.has("area_km2")).isFalse();
        assertThat(unit.path("own_boundary").asBoolean(true)).isFalse();
        // Its own facts (the plan names 下社乡 for vegetables), not 上社镇's (small grains among them).
        assertThat(ids(info.path("industries"))).containsExactly("industry-fruitveg");

        Run text = CommandLineTest.run("info", "下社乡");
        assertThat(text.out().lines().limit(3).toList()).containsExactly("下社乡 (140322202), 盂县",
                "已并入 上社镇 (140322106)", "无单独边界，地图上位于 上社镇 (140322106) 内");
        assertThat(CommandLineTest.run("info", "下社乡", "--lang", "en").out()).contains("merged into 上社镇 (140322106)");
        Run successor = CommandLineTest.run("info", "上社镇", "--json");
        JsonNode shangshe = JSON.readTree(successor.out());
        assertThat(shangshe.path("township").has("obsolete_into")).isFalse();
        assertThat(shangshe.path("township").path("area_km2").asDouble()).isGreaterThan(1);
        assertThat(ids(shangshe.path("industries"))).contains("industry-grains");
    }
}
