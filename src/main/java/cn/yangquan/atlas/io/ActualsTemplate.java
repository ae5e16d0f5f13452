package cn.yangquan.atlas.io;

import cn.yangquan.atlas.model.evaluation.Actual;
import cn.yangquan.atlas.model.evaluation.Figure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The evaluation template: one CSV row per evaluable figure, UTF-8 with a byte-order mark so that Excel shows the
 * Chinese, written atomically. Planners fill in {@code actual}, {@code actual_year}, {@code source}, {@code note}
 * and, for text targets, {@code judged_status} (met / not_met).
 */
public final class ActualsTemplate {
    /** The template's columns, in order. */
    public static final List<String> COLUMNS = List.of("id", "table_or_scope", "indicator", "unit", "baseline", "target",
            "attribute", "actual", "actual_year", "source", "note", "judged_status");

    private ActualsTemplate() {
    }

    /** The template as bytes, with the values already entered (by figure id) filled in. */
    public static byte[] bytes(List<Figure> figures, Map<String, Actual> entered) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(COLUMNS);
            for (Figure figure : figures) {
                Actual actual = entered.get(figure.id());
                printer.printRecord(figure.id(), figure.tableOrScope(), figure.indicator(), blank(figure.unit()),
                        blank(figure.baseline()), blank(figure.target()), blank(figure.attribute()),
                        actual == null || actual.value() == null ? "" : number(actual.value()),
                        actual == null || actual.year() == null ? "" : actual.year().toString(),
                        actual == null ? "" : actual.source(), actual == null ? "" : actual.note(),
                        actual == null || actual.judged() == null ? "" : actual.judged().json());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static void write(Path file, List<Figure> figures, Map<String, Actual> entered) throws IOException {
        AtomicFiles.write(file, bytes(figures, entered));
    }

    /** A number as typed: no exponent, no trailing ".0". */
    public static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
