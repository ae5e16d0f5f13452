package cn.yangquan.atlas.model.register;

/** One row of 表1 or 表2, every cell as printed (null where the table has no such cell). */
public record IndicatorRow(String table, int row, String category, String indicator, String unit, String baseline,
                           String target, String growth, String attribute, String source, String quote)
        implements Cited {
}
