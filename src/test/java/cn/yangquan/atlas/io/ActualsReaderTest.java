package cn.yangquan.atlas.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.yangquan.atlas.i18n.Messages;
import cn.yangquan.atlas.model.evaluation.ActualRow;
import cn.yangquan.atlas.model.evaluation.Figure;
import cn.yangquan.atlas.model.evaluation.Status;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActualsReaderTest {
    private static final String HEADER = "id,table_or_scope,indicator,unit,baseline,target,attribute,actual,actual_year,source,note,judged_status";
    private final ActualsReader reader = new ActualsReader(Messages.forLanguage("zh"));

    @TempDir
    Path directory;

    private Path csv(String name, String text, Charset charset, byte[] bom) throws Exception {
        Path file = directory.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(text.getBytes(charset));
        }
        return file;
    }

    private static final String FILLED = HEADER + "\r\n"
            + "T1-2,表1,农村居民可支配收入,元,16510,24100,预期性,23400,2025,2025年统计年鉴（示例）,,\r\n"
            + "T1-3,表1,城乡居民人均可支配收入比,,2.12:1,2.05：1,预期性,2.08：1,2025,,,\r\n"
            + "T2-1,表2,脱贫地区经济总量增幅,%,,年均增速高于全市平均水平,预期性,,,部门报送,\"高于, 全市\",met\r\n";

    @Test
    void utf8WithBomIsRead() throws Exception {
        var result = reader.read(csv("a.csv", FILLED, StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}));
        assertThat(result.problems()).isEmpty();
        assertThat(result.notices()).isEmpty();
        assertThat(result.rows()).extracting(ActualRow::id).containsExactly("T1-2", "T1-3", "T2-1");
        assertThat(result.rows().get(0).actual().value()).isEqualTo(23400.0);
        assertThat(result.rows().get(0).actual().source()).isEqualTo("2025年统计年鉴（示例）");
        assertThat(result.rows().get(0).row()).isEqualTo(2);
        assertThat(result.rows().get(1).actual().value()).isEqualTo(2.08);
        assertThat(result.rows().get(2).actual().judged()).isEqualTo(Status.MET);
        assertThat(result.rows().get(2).actual().note()).isEqualTo("高于, 全市");
    }

    @Test
    void gbkIsReadAndTheGuessIsSaid() throws Exception {
        var result = reader.read(csv("gbk.csv", FILLED, Charset.forName("GBK"), new byte[0]));
        assertThat(result.rows()).hasSize(3);
        assertThat(result.rows().get(0).indicator()).isEqualTo("农村居民可支配收入");
        assertThat(result.notices()).singleElement().asString().contains("GBK").contains("gbk.csv");
    }

    @Test
    void utf16WithBomAndTabsAsExcelSavesUnicodeTextIsRead() throws Exception {
        String tabbed = FILLED.replace(",", "\t").replace("\"高于\t 全市\"", "高于");
        var result = reader.read(csv("u16.txt", tabbed, StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}));
        assertThat(result.problems()).isEmpty();
        assertThat(result.rows()).extracting(r -> r.actual().value()).containsExactly(23400.0, 2.08, null);
    }

    @Test
    void badCellsAreReportedByRowAndColumnAndTheirRowsAreNotUsed() throws Exception {
        String text = HEADER + "\n"
                + "T1-2,表1,x,元,16510,24100,预期性,两万,2025,,,\n"
                + "\n"
                + "T1-4,表1,x,亿元,10.46,21,预期性,20,二〇二五,,,\n"
                + "T2-1,表2,x,%,,高于,预期性,,,,,done\n"
                + "T1-5,表1,x,亿元,5.86,12,预期性,\"12,5\",2025,,,\n"
                + "T1-6,表1,x,万吨,23,>23,约束性,\"23,500\",2025,,,\n";
        var result = reader.read(csv("bad.csv", text, StandardCharsets.UTF_8, new byte[0]));
        assertThat(result.problems()).hasSize(4);
        assertThat(result.problems().get(0)).contains("bad.csv").contains("第 2 行").contains("actual").contains("两万");
        assertThat(result.problems().get(1)).contains("第 4 行").contains("actual_year").contains("二〇二五");
        assertThat(result.problems().get(2)).contains("第 5 行").contains("judged_status").contains("done");
        assertThat(result.problems().get(3)).contains("第 6 行").contains("12,5");
        assertThat(result.rows()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo("T1-6");
            assertThat(row.actual().value()).isEqualTo(23500.0);
        });
    }

    @Test
    void aFileWithoutTheNeededColumnsDoesNotLoad() throws Exception {
        Path file = csv("cols.csv", "名称,数值\n甲,1\n", StandardCharsets.UTF_8, new byte[0]);
        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(InputProblem.class).hasMessageContaining("cols.csv")
                .hasMessageContaining("actual");
        assertThatThrownBy(() -> reader.read(directory.resolve("none.csv"))).isInstanceOf(InputProblem.class)
                .hasMessageContaining("文件不存在");
    }

    @Test
    void theFirstSheetOfAnXlsxWorkbookIsReadWithNumbersTextAndBadCells() throws Exception {
        Path file = directory.resolve("actuals.xlsx");
        try (OutputStream out = Files.newOutputStream(file); Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("实际值");
            List<String> header = List.of(HEADER.split(","));
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
            }
            sheet.value(1, 0, "T1-2");
            sheet.value(1, 2, "农村居民可支配收入");
            sheet.value(1, 7, 24500);
            sheet.value(1, 8, 2025);
            sheet.value(2, 2, "城镇化率");
            sheet.value(2, 7, 73.25);
            sheet.value(3, 0, "T1-4");
            sheet.value(3, 7, "n/a");
            sheet.value(4, 0, "T1-5");
            sheet.value(4, 7, "");
            Worksheet other = workbook.newWorksheet("其他");
            other.value(0, 0, "不读");
        }
        var result = reader.read(file);
        assertThat(result.rows()).extracting(ActualRow::row).containsExactly(2, 3, 5);
        assertThat(result.rows().get(0).actual().value()).isEqualTo(24500.0);
        assertThat(result.rows().get(0).actual().year()).isEqualTo(2025);
        assertThat(result.rows().get(1).id()).isEmpty();
        assertThat(result.rows().get(1).actual().value()).isEqualTo(73.25);
        assertThat(result.rows().get(2).actual().value()).isNull();
        assertThat(result.problems()).singleElement().asString().contains("第 4 行").contains("actual").contains("n/a");
    }

    @Test
    void theTemplateReadsBackAsRowsForEveryFigure() throws Exception {
        List<Figure> figures = List.of(
                new Figure("T1-2", "表1", null, null, "农村居民可支配收入", "元", "16510", "24100", "预期性", "表1 第2行", "q"),
                new Figure("T2-9", "表2", null, null, "脱贫地区农村辍学率", "%", null, "0", "约束性", "表2 第9行", "q"));
        Path file = directory.resolve("template.csv");
        ActualsTemplate.write(file, figures, Map.of());
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0] & 0xFF).isEqualTo(0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("\uFEFF" + HEADER);
        assertThat(text).contains("T2-9,表2,脱贫地区农村辍学率,%,,0,约束性,,,,,");
        var result = reader.read(file);
        assertThat(result.rows()).extracting(ActualRow::id).containsExactly("T1-2", "T2-9");
        assertThat(result.rows()).allMatch(r -> r.actual().empty());
    }
}
