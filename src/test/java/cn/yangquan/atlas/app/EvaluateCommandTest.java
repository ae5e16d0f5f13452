package cn.yangquan.atlas.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangquan.atlas.testing.RegisterTargets;
import cn.yangquan.atlas.testing.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theTemplateHasEveryTableRowAndEveryAimOfTheRegisterButNoBaselineOrResource() throws Exception {
        Path data = TestData.DATA;
        Path template = temp.resolve("out").resolve("template.csv");
        CommandLineTest.Run run = CommandLineTest.run("evaluate", "--template", "--out", template.toString(), "--data", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        byte[] bytes = Files.readAllBytes(template);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,table_or_scope,indicator,unit,baseline,target,attribute,actual,actual_year,source,note,judged_status");
        List<String> ids = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))).toList();
        // 表1 30 rows, 表2 18, and the register's 82 targets and 2 relative targets (baselines and resources are no aims).
        assertThat(ids).hasSize(48 + 84);
        assertThat(ids).contains("T1-1", "T1-30", "T2-1", "T2-18", RegisterTargets.HERB, RegisterTargets.SUNJIAZHUANG,
                RegisterTargets.GRAIN_FIELDS).doesNotContain(RegisterTargets.FRUIT_BASE, RegisterTargets.SELENIUM_SOIL);
        assertThat(lines).contains("T1-2,表1,农村居民可支配收入,元,16510,24100,预期性,,,,,",
                RegisterTargets.HERB + ",平定县,中药材种植区,万亩,,10,,,,,,");
    }

    @Test
    void aFilledTemplateGivesEveryFigureItsStatusAndASummary() throws Exception {
        Path data = TestData.DATA;
        Path template = temp.resolve("template.csv");
        assertThat(CommandLineTest.run("evaluate", "--template", "--out", template.toString(), "--data", data.toString()).exit()).isZero();
        Map<String, String> values = Map.of("T1-2", "23400", "T1-3", "2.04:1", "T1-6", "23", "T2-9", "0",
                "T2-1", "", RegisterTargets.HERB, "11", RegisterTargets.SUNJIAZHUANG, "9");
        List<String> filled = new ArrayList<>();
        for (String line : Files.readAllLines(template, StandardCharsets.UTF_8)) {
            String id = line.replace("\uFEFF", "").split(",", -1)[0];
            if (values.containsKey(id)) {
                String[] cells = line.split(",", -1);
                cells[7] = values.get(id);
                cells[8] = "2025";
                cells[11] = id.equals("T2-1") || id.equals("T1-2") ? "met" : "";
                line = String.join(",", cells);
            }
            filled.add(line);
        }
        filled.add("X-1,,不存在的指标,,,,,5,,,,");
        Files.write(template, filled, StandardCharsets.UTF_8);

        CommandLineTest.Run run = CommandLineTest.run("evaluate", "--actuals", template.toString(), "--json", "--data", data.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        root.path("figures").forEach(f -> byId.put(f.path("id").asText(), f));
        assertThat(byId.get("T1-2").path("status").asText()).isEqualTo("nearly_met");
        assertThat(byId.get("T1-2").path("rate").asDouble()).isEqualTo(0.908);
        assertThat(byId.get("T1-2").path("actual").asText()).isEqualTo("23400");
        assertThat(byId.get("T1-3").path("direction").asText()).isEqualTo("at_most");
        assertThat(byId.get("T1-3").path("status").asText()).isEqualTo("met");
        assertThat(byId.get("T1-6").path("status").asText()).isEqualTo("nearly_met");
        assertThat(byId.get("T1-6").path("binding_missed").asBoolean()).isTrue();
        assertThat(byId.get("T2-9").path("status").asText()).isEqualTo("met");
        assertThat(byId.get("T2-9").path("rate").isNull()).isTrue();
        assertThat(byId.get("T2-1").path("status").asText()).isEqualTo("met");
        assertThat(byId.get("T2-1").path("judged").asBoolean()).isTrue();
        assertThat(byId.get("T1-1").path("status").asText()).isEqualTo("not_assessed");
        assertThat(byId.get(RegisterTargets.HERB).path("scope").asText()).isEqualTo("平定县");
        assertThat(byId.get(RegisterTargets.HERB).path("status").asText()).isEqualTo("met");
        assertThat(byId.get(RegisterTargets.SUNJIAZHUANG).path("status").asText()).isEqualTo("not_met");
        JsonNode summary = root.path("summary");
        assertThat(summary.path("by_status").path("met").asInt()).isEqualTo(4);
        assertThat(summary.path("by_status").path("nearly_met").asInt()).isEqualTo(2);
        assertThat(summary.path("by_status").path("not_met").asInt()).isEqualTo(1);
        assertThat(summary.path("by_table_or_scope").path("平定县").path("met").asInt()).isEqualTo(1);
        assertThat(summary.path("by_attribute").path("约束性").path("met").asInt()).isEqualTo(1);
        assertThat(summary.path("binding_missed").toString()).contains("T1-6");
        assertThat(root.path("join").path("unmatched_rows").get(0).path("indicator").asText()).isEqualTo("不存在的指标");
        assertThat(root.path("join").path("figures_without_row").size()).isZero();
        assertThat(root.path("join").path("judged_status_ignored").toString()).isEqualTo("[\"T1-2\"]");
    }

    @Test
    void anActualsFileThatDoesNotLoadFailsTheCommand() throws Exception {
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "name,value\nx,1\n");
        CommandLineTest.Run run = CommandLineTest.run("evaluate", "--actuals", bad.toString());
        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("bad.csv").contains("actual").doesNotContain("Exception");
        CommandLineTest.Run missing = CommandLineTest.run("evaluate", "--actuals", temp.resolve("none.xlsx").toString(), "--lang", "en");
        assertThat(missing.exit()).isNotZero();
        assertThat(missing.err()).contains("none.xlsx").contains("file not found");
    }
}
