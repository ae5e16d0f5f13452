package cn.yangquan.atlas.model.register;

import java.util.List;

/** Contents of {@code data/indicators.json}. */
public record IndicatorsFile(List<IndicatorRow> rows) {
    public IndicatorsFile {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }
}
