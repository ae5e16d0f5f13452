package cn.yangquan.atlas.model.thematic;

import java.util.Map;
import cn.yangquan.atlas.model.register.Target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.io.CsvTableReader;
import cn.yangquan.atlas.io.InputProblem;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.testing.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThematicMapTest {
    @TempDir
    Path temp;

    private AtlasMap map() throws Exception {
        Path projectDirectory = Files.createTempDirectory(temp, "project");
        return TestData.load(projectDirectory).map();
    }

    private Path csv(String name, String content, java.nio.charset.Charset charset) throws Exception {
        Path file = temp.resolve(name);
        Files.write(file, content.getBytes(charset));
        return file;
    }

    @Test
    void aGbkCsvJoinedByNameColoursTheExpectedTownships() throws Exception {
        Path file = csv("grain.csv", "乡镇,粮食产量（吨）\n西南舁,100\n西烟镇,9000\n东梁乡,8500\n娘子关镇,1200\n不存在乡,5\n",
                CsvTableReader.GBK);
        DataTable table = new CsvTableReader().read(file, null);
        assertThat(table.columns()).containsExactly("乡镇", "粮食产量（吨）");
        AtlasMap map = map();
        StatisticsJoin join = StatisticsJoin.of(table, map.register(), map.townshipCodesOnMap());
        assertThat(join.byCode()).isFalse();
        assertThat(join.rowByTownship()).containsKeys("140311200", "140322107", "140322205", "140321106");
        assertThat(join.unmatchedRows()).containsExactly("row 5: 不存在乡");
        assertThat(join.townshipsWithoutRow()).hasSize(map.townshipCodesOnMap().size() - 4);

        ThematicMap.Result result = ThematicMap.classify(map, table, join, "粮食产量（吨）",
                ClassificationMethod.NATURAL_BREAKS, 2, ColorRamp.YL_GN_BU);
        assertThat(result.layers()).hasSize(2);
        MapLayer low = result.layers().get(0);
        MapLayer high = result.layers().get(1);
        assertThat(low.features().features()).extracting(f -> f.text("register_code"))
                .containsExactlyInAnyOrder("140311200", "140321106");
        assertThat(high.features().features()).extracting(f -> f.text("register_code"))
                .containsExactlyInAnyOrder("140322107", "140322205");
        assertThat(low.title()).contains("100").contains("1,200");
        assertThat(low.style().fill()).isNotEqualTo(high.style().fill());
    }

    @Test
    void aUtf8CsvWithCodesJoinsByCode() throws Exception {
        Path file = csv("income.csv", "\uFEFFcode;name;income\n140311200;x;\"12,345\"\n140322101;y;15000\n", StandardCharsets.UTF_8);
        DataTable table = new CsvTableReader().read(file, null);
        AtlasMap map = map();
        StatisticsJoin join = StatisticsJoin.of(table, map.register(), map.townshipCodesOnMap());
        assertThat(join.byCode()).isTrue();
        assertThat(join.keyColumn()).isEqualTo("code");
        assertThat(table.numericColumns()).contains("income");
        assertThat(table.number(0, 2)).contains(12345.0);
    }

    @Test
    void progressToTargetDividesByEachTownshipsOwnTargetInFixedBands() throws Exception {
        Path file = csv("p.csv", "乡镇,孙家庄镇精品杂粮生产区\n孙家庄镇,12\n西烟镇,14\n", StandardCharsets.UTF_8);
        DataTable table = new CsvTableReader().read(file, null);
        AtlasMap map = map();
        Map<String, Target> targets = ThematicMap.ownTargets(map, "孙家庄镇精品杂粮生产区");
        assertThat(targets).containsOnlyKeys("140322101");
        assertThat(targets.get("140322101").target()).isEqualTo("15");
        ThematicMap.Result result = ThematicMap.progress(map, table, StatisticsJoin.of(table, map.register(),
                map.townshipCodesOnMap()), "孙家庄镇精品杂粮生产区", targets);
        // 12 of 15 is 80 %: the 80–100 % band. 西烟镇 has no target of its own, so it is not coloured.
        assertThat(result.layers().get(2).features().features()).extracting(f -> f.text("register_code")).containsExactly("140322101");
        assertThat(result.layers().stream().flatMap(l -> l.features().features().stream())).hasSize(1);
    }

    @Test
    void aCityTargetIsNoTownshipsGoal() throws Exception {
        AtlasMap map = map();
        // 全市粮食产量 23万吨 and 全市基本农田 88万亩 are the city's: dividing a township's figure by them would mislead.
        assertThat(ThematicMap.ownTargets(map, "粮食产量")).isEmpty();
        assertThat(ThematicMap.ownTargets(map, "基本农田面积")).isEmpty();
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() throws Exception {
        Path file = csv("bad.csv", "a,b\n1,\"2\n3,4\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new CsvTableReader().read(file, null)).isInstanceOf(InputProblem.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("line 2").hasMessageContaining("never closed");
    }
}
