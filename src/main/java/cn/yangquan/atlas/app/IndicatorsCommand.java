package cn.yangquan.atlas.app;

import cn.yangquan.atlas.io.RegisterReader;
import cn.yangquan.atlas.model.register.IndicatorRow;
import cn.yangquan.atlas.model.register.Readings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code indicators}: 表1 and 表2 as printed in the plan. */
@Command(name = "indicators", description = "Print the plan's indicator tables (表1, 表2).")
final class IndicatorsCommand extends ListingCommand {

    @Override
    public Integer call() {
        RegisterReader.Loaded loaded = new RegisterReader().read(options.paths().data());
        if (!loaded.problems().isEmpty()) {
            throw new CommandFailure(loaded.problems().get(0));
        }
        List<IndicatorRow> rows = loaded.register().indicators();
        boolean english = "en".equals(options.language);
        var out = out();
        if (json) {
            out.println(Json.write(rows.stream().map(row -> asJson(row, english)).toList()));
        } else {
            for (IndicatorRow row : rows) {
                out.printf("%s %2d  %s (%s)  %s → %s  %s  %s%n", row.table(), row.row(), row.indicator(),
                        row.unit() == null ? "" : row.unit(), dash(row.baseline()), dash(row.target()),
                        dash(row.growth()), row.attribute());
            }
        }
        out.flush();
        return 0;
    }

    private static String dash(String value) {
        return value == null ? "—" : value;
    }

    /** Every column present, null where the table has no cell, so scripts see one shape. */
    private static Map<String, Object> asJson(IndicatorRow row, boolean english) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("table", row.table());
        entry.put("row", row.row());
        entry.put("category", row.category());
        entry.put("category_is_reading", row.categoryIsReading());
        if (row.categoryIsReading()) {
            entry.put("category_interpretation", Readings.in(row.categoryInterpretation(), english));
        }
        entry.put("indicator", row.indicator());
        entry.put("unit", row.unit());
        entry.put("baseline", row.baseline());
        entry.put("target", row.target());
        entry.put("growth", row.growth());
        entry.put("attribute", row.attribute());
        entry.put("source", row.source());
        entry.put("quote", row.quote());
        return entry;
    }
}
