package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.i18n.EvaluationTexts;
import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.io.ActualsTemplate;
import cn.yangquan.atlas.model.AtlasMap;
import cn.yangquan.atlas.model.Feature;
import cn.yangquan.atlas.model.MapLayer;
import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.EvaluationResult;
import cn.yangquan.atlas.model.evaluation.Figures;
import cn.yangquan.atlas.model.evaluation.Status;
import cn.yangquan.atlas.testing.RegisterTargets;
import cn.yangquan.atlas.testing.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation in the meeting pack and on the map, from actual values the test makes up. */
class EvaluationExportTest {
    @TempDir
    Path temp;

    /** Made-up values (示例), never shipped: a nearly met and a missed binding figure, a judged text, two places. */
    private static Map<String, Actual> values() {
        return Map.of("T1-2", new Actual(23400.0, 2025, "示例", "", null),
                "T1-6", new Actual(23.0, 2025, "示例", "", null),
                "T1-22", new Actual(70.0, 2025, "示例", "", null),
                "T2-1", new Actual(null, 2025, "示例", "", Status.MET),
                RegisterTargets.HERB, new Actual(11.0, 2025, "示例", "", null),
                RegisterTargets.SE_GRAIN, new Actual(6.0, 2025, "示例", "", null),
                RegisterTargets.SUNJIAZHUANG, new Actual(9.0, 2025, "示例", "", null));
    }

    private Path data() throws Exception {
        return TestData.DATA;
    }

    private AtlasMap map(Path data) throws Exception {
        var paths = TestData.paths(temp);
        return new AtlasLoader().load(new AtlasPaths(paths.boundaries(), data, paths.maps(), paths.project(), paths.planText())).map();
    }

    @Test
    void thePackWithActualValuesHasTheEvaluationTablesPerTableAndScopeAndTheMap() throws Exception {
        Path data = data();
        Path actuals = temp.resolve("actuals.csv");
        var register = new cn.yangquan.atlas.io.RegisterReader().read(data).register();
        ActualsTemplate.write(actuals, Figures.of(register), values());
        Path pack = temp.resolve("pack");
        var run = CommandLineTest.run("export", "--all", "--views", "city", "--actuals", actuals.toString(),
                "--out", pack.toString(), "--size", "960x540", "--data", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pack.resolve("meeting-pack.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        // One view, the two indicator tables, the two evaluation tables, one table per scope and the evaluation map.
        List<String> scopes = Figures.of(register).stream().filter(f -> !f.tableRow()).map(f -> f.tableOrScope())
                .distinct().toList();
        assertThat(scopes).contains("全市", "平定县", "孙家庄镇");
        assertThat(pages.size()).isGreaterThanOrEqualTo(5 + scopes.size() + 1);
        for (String scope : scopes) {
            assertThat(pages.subList(5, pages.size() - 1)).as(scope).anyMatch(p -> p.contains("实施评估：" + scope + "的目标"));
        }
        String table1 = pages.get(3);
        assertThat(table1).contains("表1 实施评估", "农村居民可支配收入", "23400", "0.908", "基本达成", "▲约束性");
        assertThat(table1.lines().filter(l -> l.contains("▲约束性")).count()).isEqualTo(2);
        assertThat(pages.get(4)).contains("表2 实施评估", "达成（评判）", "未评估");
        assertThat(String.join("\n", pages.subList(5, pages.size() - 1))).contains("实施评估：平定县的目标", "实施评估：孙家庄镇的目标",
                "中药材种植区", "未达成");
        assertThat(pages.get(pages.size() - 1)).contains("实施评估图", "乡镇：有目标未达成", "区县：所评目标全部达成");
    }

    @Test
    void withoutActualValuesThePackHasNoEvaluationPagesAndABadFileFailsTheExport() throws Exception {
        Path pack = temp.resolve("pack");
        assertThat(CommandLineTest.run("export", "--all", "--views", "city", "--out", pack.toString(), "--size", "960x540").exit()).isZero();
        try (PDDocument document = Loader.loadPDF(pack.resolve("meeting-pack.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
        }
        Path other = temp.resolve("other");
        var run = CommandLineTest.run("export", "--all", "--views", "city", "--actuals", temp.resolve("none.csv").toString(),
                "--out", other.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("none.csv");
        assertThat(other).doesNotExist();
    }

    @Test
    void theEvaluationLayerColoursTownshipsAndCountiesByTheirOwnTargets() throws Exception {
        AtlasMap map = map(data());
        EvaluationResult result = EvaluationResult.of(Figures.of(map.register()), values());
        var layers = EvaluationTexts.mapLayers(Messages.forLanguage("zh"), map, result).layers();
        Map<String, List<String>> codes = new java.util.HashMap<>();
        for (MapLayer layer : layers) {
            codes.put(layer.id(), layer.features().features().stream().map(f -> f.text("register_code")).toList());
        }
        assertThat(codes.get("evaluation-township-some-not-met")).containsExactly("140322101");
        assertThat(codes.get("evaluation-township-all-met")).isEmpty();
        assertThat(codes.get("evaluation-county-all-met")).containsExactly("140321");
        assertThat(codes.get("evaluation-county-some-not-met")).isEmpty();
        Feature pingding = layers.stream().filter(l -> l.id().equals("evaluation-county-all-met")).findFirst().orElseThrow()
                .features().features().get(0);
        assertThat(pingding.text("name")).isEqualTo("平定县");
        assertThat(pingding.text("targets")).contains(RegisterTargets.HERB + " 中药材种植区 met");
        assertThat(pingding.text("rules")).contains("本级");
    }
}
